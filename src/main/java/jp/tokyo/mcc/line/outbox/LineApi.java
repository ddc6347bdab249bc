package jp.tokyo.mcc.line.outbox;

import java.net.URI;
import java.util.function.Supplier;

import com.linecorp.bot.client.base.ApiClientBuilder;
import com.linecorp.bot.client.base.http.HttpInterceptor;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import jp.tokyo.mcc.line.LineProperties;
import jp.tokyo.mcc.line.TrialChats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The LINE SDK's Messaging API clients, built on first use (this server's own port is known only once it has
 * started): the channel's client, to LINE_API_ENDPOINT (in local mode, by default, the simulator's stand-in), and a
 * client for trial chats ({@link TrialChats}, the simulator's families), which always talks to the stand-in on this
 * server, so a simulated family never reaches real LINE. Choose with {@link #clientFor(String)}.
 */
@Component
class LineApi {

    private static final Logger log = LoggerFactory.getLogger(LineApi.class);
    /** The stand-in checks only that a bearer token is there; the channel's real token is not sent to it. */
    static final String STAND_IN_TOKEN = "simulator-token";

    private final LineProperties properties;
    private final Environment environment;
    private final SingletonSupplier<TrialChats> trialChats;
    private final Lazy client = new Lazy(this::build);
    private final Lazy standInClient = new Lazy(this::buildForStandIn);

    LineApi(LineProperties properties, Environment environment, ObjectProvider<TrialChats> trialChats) {
        this.properties = properties;
        this.environment = environment;
        this.trialChats = SingletonSupplier.of(trialChats::getIfAvailable);
    }

    /** The client for messages to this chat: the stand-in's for a trial chat, else the channel's. */
    MessagingApiClient clientFor(String chatId) {
        TrialChats trials = trialChats.get();
        return trials != null && trials.isTrial(chatId) ? standInClient.get() : client();
    }

    /** The channel's client (LINE_API_ENDPOINT). */
    MessagingApiClient client() {
        return client.get();
    }

    private MessagingApiClient build() {
        URI endpoint = endpoint();
        String token = properties.channelToken().isBlank() ? "local-mode-token" : properties.channelToken();
        log.info("Messaging API endpoint: {}", endpoint);
        return configured(MessagingApiClient.builder(token), endpoint)
                .maxRequests(Math.max(64, properties.maxRequestsPerHost()))
                .maxRequestsPerHost(properties.maxRequestsPerHost())
                .build();
    }

    /**
     * The SDK's request paths are absolute ({@code /v2/bot/message/push}) and drop an endpoint's base path, so this
     * client calls {@code /v2/bot/...} on this server; the simulator forwards such a call to its stand-in when it
     * carries this process's key (in local mode, always). Any other call to those paths is refused.
     */
    private MessagingApiClient buildForStandIn() {
        URI endpoint = ownServer();
        TrialChats.StandIn standIn = trialChats.obtain().standIn();
        log.info("Messaging API for trial chats: the simulator's stand-in on {}", endpoint);
        return configured(MessagingApiClient.builder(STAND_IN_TOKEN), endpoint)
                .maxRequests(16)
                .maxRequestsPerHost(16)
                .addInterceptor(withHeader(standIn.keyHeader(), standIn.key()))
                .build();
    }

    /** What both clients share: the endpoint, the send timeout, and no SDK logging (it would log family messages). */
    private ApiClientBuilder<MessagingApiClient> configured(ApiClientBuilder<MessagingApiClient> builder, URI endpoint) {
        return builder.apiEndPoint(endpoint)
                .connectTimeout(properties.sendTimeout())
                .readTimeout(properties.sendTimeout())
                .writeTimeout(properties.sendTimeout())
                .usingDefaultLogger(false);
    }

    static HttpInterceptor withHeader(String name, String value) {
        return chain -> chain.proceed(chain.request().newBuilder().addHeader(name, value).build());
    }

    URI endpoint() {
        if (!properties.apiEndpoint().isBlank()) {
            return URI.create(properties.apiEndpoint().endsWith("/") ? properties.apiEndpoint() : properties.apiEndpoint() + "/");
        }
        TrialChats trials = trialChats.get();
        if (properties.localMode() && trials != null) {
            return ownServer().resolve(trials.standIn().path() + "/");
        }
        return URI.create("https://api.line.me/");
    }

    private URI ownServer() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** A client built on first use (the server's port is known only once it has started). */
    private static final class Lazy {
        private final Supplier<MessagingApiClient> factory;
        private volatile MessagingApiClient value;

        Lazy(Supplier<MessagingApiClient> factory) {
            this.factory = factory;
        }

        MessagingApiClient get() {
            MessagingApiClient v = value;
            if (v == null) {
                synchronized (this) {
                    if (value == null) {
                        value = factory.get();
                    }
                    v = value;
                }
            }
            return v;
        }
    }
}
