package jp.tokyo.mcc.line.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.linecorp.bot.client.base.BlobContent;
import com.linecorp.bot.client.base.Result;
import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.linecorp.bot.messaging.client.MessagingApiBlobClient;
import com.linecorp.bot.messaging.model.GetMessageContentTranscodingResponse;
import jp.tokyo.mcc.line.LineProperties;
import jp.tokyo.mcc.line.MessageContents;
import jp.tokyo.mcc.line.TrialChats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * {@link MessageContents} through the LINE SDK's {@link MessagingApiBlobClient}: the channel's client to
 * LINE_API_DATA_ENDPOINT ({@code app.line.api-data-endpoint}, default https://api-data.line.me; left empty in local
 * mode, the simulator's stand-in on this server),
 * and for trial chats a client to the stand-in, with this process's key (as the outbox does for messages).
 */
@Component
class LineMessageContents implements MessageContents {

    private static final Logger log = LoggerFactory.getLogger(LineMessageContents.class);
    private static final String LINE_DATA_API = "https://api-data.line.me/";
    private static final String STAND_IN_TOKEN = "simulator-token";

    private final LineProperties properties;
    private final String dataEndpoint;
    private final Environment environment;
    private final SingletonSupplier<TrialChats> trialChats;
    private final SingletonSupplier<MessagingApiBlobClient> channelClient;
    private final SingletonSupplier<MessagingApiBlobClient> standInClient;

    LineMessageContents(LineProperties properties, @Value("${app.line.api-data-endpoint:}") String dataEndpoint,
                        Environment environment, ObjectProvider<TrialChats> trialChats) {
        this.properties = properties;
        this.dataEndpoint = dataEndpoint == null ? "" : dataEndpoint.strip();
        this.environment = environment;
        this.trialChats = SingletonSupplier.of(trialChats::getIfAvailable);
        this.channelClient = SingletonSupplier.of(this::buildChannelClient);
        this.standInClient = SingletonSupplier.of(this::buildStandInClient);
    }

    @Override
    public Fetched fetch(String chatId, String messageId, boolean transcoded, long maxBytes) {
        MessagingApiBlobClient client = clientFor(chatId);
        long timeout = Math.max(10_000, properties.sendTimeout().toMillis() * 3);
        try {
            if (transcoded) {
                GetMessageContentTranscodingResponse.Status status = client
                        .getMessageContentTranscodingByMessageId(messageId).get(timeout, TimeUnit.MILLISECONDS)
                        .body().status();
                if (status == GetMessageContentTranscodingResponse.Status.PROCESSING) {
                    return Fetched.of(Outcome.NOT_READY);
                }
                if (status == GetMessageContentTranscodingResponse.Status.FAILED) {
                    return Fetched.of(Outcome.NOT_PREPARED);
                }
            }
            Result<BlobContent> result = client.getMessageContent(messageId).get(timeout, TimeUnit.MILLISECONDS);
            return read(result.body(), maxBytes);
        } catch (ExecutionException e) {
            return failure(e.getCause());
        } catch (TimeoutException | IOException e) {
            return Fetched.of(Outcome.UNAVAILABLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Fetched.of(Outcome.UNAVAILABLE);
        } catch (RuntimeException e) {
            log.warn("message content not fetched: {}", e.getClass().getSimpleName());
            return Fetched.of(Outcome.UNAVAILABLE);
        }
    }

    /** Reads at most {@code maxBytes}; one byte more and it is too large (the rest is not read). */
    private static Fetched read(BlobContent blob, long maxBytes) throws IOException {
        try (InputStream in = blob.byteStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > maxBytes) {
                    return Fetched.of(Outcome.TOO_LARGE);
                }
                out.write(buffer, 0, n);
            }
            return new Fetched(Outcome.CONTENT, out.toByteArray(), declaredType(blob), null);
        }
    }

    /** The Content-Type LINE gave, if any (only informative: the bytes decide). */
    private static String declaredType(BlobContent blob) {
        try {
            return blob.mimeType();
        } catch (RuntimeException none) {
            return null;
        }
    }

    private static Fetched failure(Throwable cause) {
        if (cause instanceof AbstractLineClientException refusal) {
            int code = refusal.getCode();
            if (code == 404 || code == 410) {
                return Fetched.failed(Outcome.GONE, code);
            }
            if (code == 429 || code >= 500) {
                return Fetched.failed(Outcome.UNAVAILABLE, code);
            }
            return Fetched.failed(Outcome.REFUSED, code);
        }
        return Fetched.of(Outcome.UNAVAILABLE);
    }

    private MessagingApiBlobClient clientFor(String chatId) {
        TrialChats trials = trialChats.get();
        return trials != null && trials.isTrial(chatId) ? standInClient.obtain() : channelClient.obtain();
    }

    private MessagingApiBlobClient buildChannelClient() {
        URI endpoint = endpoint();
        log.info("LINE data API endpoint: {}", endpoint);
        String token = properties.channelToken().isBlank() ? "local-mode-token" : properties.channelToken();
        return MessagingApiBlobClient.builder(token).apiEndPoint(endpoint)
                .connectTimeout(properties.sendTimeout()).readTimeout(readTimeout()).writeTimeout(properties.sendTimeout())
                .usingDefaultLogger(false).build();
    }

    /** The SDK's paths are absolute: its calls reach /v2/bot/... on this server, forwarded to the stand-in. */
    private MessagingApiBlobClient buildStandInClient() {
        TrialChats.StandIn standIn = trialChats.obtain().standIn();
        return MessagingApiBlobClient.builder(STAND_IN_TOKEN).apiEndPoint(ownServer())
                .connectTimeout(properties.sendTimeout()).readTimeout(readTimeout()).writeTimeout(properties.sendTimeout())
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .addHeader(standIn.keyHeader(), standIn.key()).build()))
                .usingDefaultLogger(false).build();
    }

    /** A read may wait longer than a send: LINE streams a video or a large file. */
    private Duration readTimeout() {
        return properties.sendTimeout().multipliedBy(3);
    }

    URI endpoint() {
        if (!dataEndpoint.isBlank()) {
            return URI.create(dataEndpoint.endsWith("/") ? dataEndpoint : dataEndpoint + "/");
        }
        TrialChats trials = trialChats.get();
        if (properties.localMode() && trials != null) {
            return ownServer().resolve(trials.standIn().path() + "/");
        }
        return URI.create(LINE_DATA_API);
    }

    private URI ownServer() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return URI.create("http://127.0.0.1:" + port + "/");
    }
}
