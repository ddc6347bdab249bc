package jp.tokyo.mcc.line.outbox;

import java.net.URI;

import com.linecorp.bot.client.base.http.HttpInterceptor;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import jp.tokyo.mcc.line.LineProperties;
import jp.tokyo.mcc.line.SimulatedUsers;
import jp.tokyo.mcc.line.SimulatorStandInKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The LINE SDK's Messaging API clients, built on first use (this server's own port is known only once it has
 * started): the channel's client, to LINE_API_ENDPOINT (in local mode, by default, the simulator's stand-in), and a
 * client for simulated users ({@link SimulatedUsers}), which always talks to the simulator's stand-in on this server,
 * so a simulated family never reaches real LINE. Choose with {@link #clientFor(String)}.
 */
@Component
class LineApi {

    private static final Logger log = LoggerFactory.getLogger(LineApi.class);
    static final String SIMULATOR_API_PATH = SimulatedUsers.STAND_IN_PATH;
    /** The simulated stand-in checks only that a bearer token is there; the channel's real token is not sent to it. */
    static final String SIMULATOR_TOKEN = "simulator-token";

    private final LineProperties properties;
    private final Environment environment;
    private final SimulatorStandInKey standInKey;
    private volatile MessagingApiClient client;
    private volatile MessagingApiClient simulatorClient;

    LineApi(LineProperties properties, Environment environment, SimulatorStandInKey standInKey) {
        this.properties = properties;
        this.environment = environment;
        this.standInKey = standInKey;
    }

    /** The client for messages to this chat: the simulator's stand-in for a simulated user, else the channel's. */
    MessagingApiClient clientFor(String chatId) {
        return SimulatedUsers.isSimulated(chatId) ? simulatorClient() : client();
    }

    /** The channel's client (LINE_API_ENDPOINT). */
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

    MessagingApiClient simulatorClient() {
        MessagingApiClient c = simulatorClient;
        if (c == null) {
            synchronized (this) {
                if (simulatorClient == null) {
                    simulatorClient = buildForSimulator();
                }
                c = simulatorClient;
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

    /**
     * The SDK's request paths are absolute ({@code /v2/bot/message/push}) and drop an endpoint's base path, so this
     * client calls {@code /v2/bot/...} on this server; the simulator forwards such a call to its stand-in when it
     * carries this process's key (in local mode, always). Any other call to those paths is refused.
     */
    private MessagingApiClient buildForSimulator() {
        URI endpoint = ownServer();
        log.info("Messaging API for simulated users: the simulator's stand-in on {}", endpoint);
        return MessagingApiClient.builder(SIMULATOR_TOKEN)
                .apiEndPoint(endpoint)
                .connectTimeout(properties.sendTimeout())
                .readTimeout(properties.sendTimeout())
                .writeTimeout(properties.sendTimeout())
                .maxRequests(16)
                .maxRequestsPerHost(16)
                .addInterceptor(withKey(standInKey.value()))
                .usingDefaultLogger(false)
                .build();
    }

    static HttpInterceptor withKey(String key) {
        return chain -> chain.proceed(chain.request().newBuilder().addHeader(SimulatorStandInKey.HEADER, key).build());
    }

    URI endpoint() {
        if (!properties.apiEndpoint().isBlank()) {
            return URI.create(properties.apiEndpoint().endsWith("/") ? properties.apiEndpoint() : properties.apiEndpoint() + "/");
        }
        if (properties.localMode()) {
            return ownServer().resolve(SIMULATOR_API_PATH + "/");
        }
        return URI.create("https://api.line.me/");
    }

    private URI ownServer() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return URI.create("http://127.0.0.1:" + port + "/");
    }
}
