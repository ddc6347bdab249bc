package jp.tokyo.mcc.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jp.tokyo.mcc.line.LineChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Delivers a webhook body to the bot as LINE does: over HTTP to this server's own {@code /callback}, signed with the
 * channel's secret (local mode: the random one; with a real channel: the real one, which stays on the server), so
 * it goes through the real signature check and inbox.
 */
@Component
class WebhookPoster {

    private static final Logger log = LoggerFactory.getLogger(WebhookPoster.class);

    private final LineChannel channel;
    private final Environment environment;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WebhookPoster(LineChannel channel, Environment environment) {
        this.channel = channel;
        this.environment = environment;
    }

    /** Posts the body; returns the HTTP status of the bot's answer, or -1 when it could not be reached. */
    int post(byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(callbackUri())
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("User-Agent", "LineBotWebhook/2.0")
                .header("X-Line-Signature", channel.signForSimulator(body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                log.warn("the bot answered the simulator's webhook with HTTP {}", status);
            }
            return status;
        } catch (IOException e) {
            log.warn("the simulator could not reach /callback: {}", e.getClass().getSimpleName());
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    URI callbackUri() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return URI.create("http://127.0.0.1:" + port + "/callback");
    }
}
