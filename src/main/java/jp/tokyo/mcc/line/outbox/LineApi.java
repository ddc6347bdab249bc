package jp.tokyo.mcc.line.outbox;

import java.net.URI;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import jp.tokyo.mcc.line.LineProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The LINE SDK's Messaging API client, built on first use: in local mode it talks to the built-in simulator's
 * stand-in of the Messaging API on this server's own port, which is known only once the server has started.
 */
@Component
class LineApi {

    private static final Logger log = LoggerFactory.getLogger(LineApi.class);
    static final String SIMULATOR_API_PATH = "/simulator/line-api";

    private final LineProperties properties;
    private final Environment environment;
    private volatile MessagingApiClient client;

    LineApi(LineProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    MessagingApiClient client() {
        MessagingApiClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = build();
                }
                c = client;
            }
        }
        return c;
    }

    private MessagingApiClient build() {
        URI endpoint = endpoint();
        String token = properties.channelToken().isBlank() ? "local-mode-token" : properties.channelToken();
        log.info("Messaging API endpoint: {}", endpoint);
        return MessagingApiClient.builder(token)
                .apiEndPoint(endpoint)
                .connectTimeout(properties.sendTimeout())
                .readTimeout(properties.sendTimeout())
                .writeTimeout(properties.sendTimeout())
                .maxRequests(Math.max(64, properties.maxRequestsPerHost()))
                .maxRequestsPerHost(properties.maxRequestsPerHost())
                .usingDefaultLogger(false)
                .build();
    }

    URI endpoint() {
        if (!properties.apiEndpoint().isBlank()) {
            return URI.create(properties.apiEndpoint().endsWith("/") ? properties.apiEndpoint() : properties.apiEndpoint() + "/");
        }
        if (properties.localMode()) {
            String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
            return URI.create("http://127.0.0.1:" + port + SIMULATOR_API_PATH + "/");
        }
        return URI.create("https://api.line.me/");
    }
}
