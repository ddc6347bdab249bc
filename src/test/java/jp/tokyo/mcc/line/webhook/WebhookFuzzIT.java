package jp.tokyo.mcc.line.webhook;

import static jp.tokyo.mcc.support.LineApiStub.REPLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.line.Outbox;
import jp.tokyo.mcc.line.OutgoingMessage;
import jp.tokyo.mcc.line.inbox.SetAsideEvents;
import jp.tokyo.mcc.support.LineApiStub;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The webhook under 10,000 signed mutated bodies ({@link WebhookMutations}: other JSON types, missing fields, huge
 * strings, deep nesting, odd Unicode, control characters, duplicate keys, bodies of 1,000 events, bodies that are not
 * JSON) and 1,000 unsigned or wrongly signed ones: never a 5xx; a bad event is set aside on its own, so the valid
 * sibling of every body answered 200 is stored; nothing of the unsigned bodies is stored; nothing of the mutated values
 * reaches the log at INFO or above; and a normal family is answered afterwards. {@code -Dfuzz.bodies=N} for more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.conversation.enabled=false")
@ActiveProfiles("test")
@Import(WebhookFuzzIT.OneFamilyEcho.class)
class WebhookFuzzIT {

    private static final Set<String> ANSWERED_FAMILIES = ConcurrentHashMap.newKeySet();

    private final int bodies = Integer.getInteger("fuzz.bodies", 10_000);
    private final long seed = Long.getLong("fuzz.seed", 20261203L);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SetAsideEvents setAside;

    @DynamicPropertySource
    static void lineApi(DynamicPropertyRegistry registry) {
        registry.add("app.line.api-endpoint", LineApiStub::baseUrl);
    }

    @BeforeEach
    void healthyLine() {
        LineApiStub.resetToHealthy();
    }

    @Test
    void signedMutatedBodiesNeverFailTheWebhookAndUnsignedOnesStoreNothing() throws Exception {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String siblingPrefix = "fzsib" + run + "-";
        String unsignedPrefix = "fzuns" + run + "-";
        WebhookMutations mutations = new WebhookMutations(seed, "U" + run, siblingPrefix);
        List<byte[]> signed = new ArrayList<>(bodies);
        Set<String> siblings = ConcurrentHashMap.newKeySet();
        List<String> siblingOf = new ArrayList<>(bodies);
        for (int i = 0; i < bodies; i++) {
            String[] sibling = {null};
            signed.add(mutations.next(id -> sibling[0] = id));
            siblingOf.add(sibling[0]);
        }
        List<byte[]> unsigned = WebhookMutations.unsigned(1000, unsignedPrefix, "U" + run + "uns");

        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(captured);
        long setAsideBefore = setAside.total();
        Map<Integer, AtomicInteger> signedStatuses = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> unsignedStatuses = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        long slowest;
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            ExecutorService senders = Executors.newFixedThreadPool(4);
            AtomicInteger next = new AtomicInteger();
            long[] slowestNanos = new long[1];
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(senders.submit(() -> {
                    for (int i = next.getAndIncrement(); i < bodies + unsigned.size(); i = next.getAndIncrement()) {
                        boolean isSigned = i < bodies;
                        byte[] body = isSigned ? signed.get(i) : unsigned.get(i - bodies);
                        String signature = isSigned ? Webhooks.sign(body)
                                : i % 3 == 0 ? null
                                : i % 3 == 1 ? Base64.getEncoder().encodeToString(("forged" + i).getBytes())
                                : Webhooks.sign(signed.get(i % bodies)); // another body's signature
                        long t0 = System.nanoTime();
                        int status = post(http, body, signature);
                        long took = System.nanoTime() - t0;
                        synchronized (slowestNanos) {
                            slowestNanos[0] = Math.max(slowestNanos[0], took);
                        }
                        (isSigned ? signedStatuses : unsignedStatuses)
                                .computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                        if (isSigned && status == 200 && siblingOf.get(i) != null) {
                            siblings.add(siblingOf.get(i));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            senders.shutdown();
            slowest = slowestNanos[0];

            // a normal family afterwards
            String family = Webhooks.newUserId();
            ANSWERED_FAMILIES.add(family);
            String token = Webhooks.newToken();
            assertThat(Webhooks.post(port, Webhooks.body(Webhooks.text(family, "こんにちは", token))).statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(60)).until(() -> !LineApiStub.requests(REPLY, token).isEmpty());
            assertThat(LineApiStub.texts(LineApiStub.requests(REPLY, token).get(0))).containsExactly("echo こんにちは");
        } finally {
            root.detachAppender(captured);
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        long storedSiblings = jdbc.sql("SELECT COUNT(*) FROM line_inbox_event WHERE webhook_event_id LIKE ?")
                .param(siblingPrefix + "%").query(Long.class).single();
        long storedUnsigned = jdbc.sql("SELECT COUNT(*) FROM line_inbox_event WHERE webhook_event_id LIKE ? "
                        + "OR user_id LIKE ?").param(unsignedPrefix + "%").param("U" + run + "uns%")
                .query(Long.class).single();
        System.out.printf(Locale.ROOT, "%nwebhook fuzz: %d signed bodies -> %s, %d unsigned -> %s in %d s (slowest "
                        + "answer %d ms); %d events set aside; %d valid siblings stored of %d expected%n",
                bodies, new TreeMap<>(signedStatuses), unsigned.size(), new TreeMap<>(unsignedStatuses), seconds,
                slowest / 1_000_000, setAside.total() - setAsideBefore, storedSiblings, siblings.size());

        assertThat(signedStatuses.keySet()).as("answers to signed bodies").allMatch(s -> s == 200 || s == 400 || s == 413);
        assertThat(signedStatuses.get(200)).as("most signed bodies carry something storable").isNotNull();
        assertThat(unsignedStatuses.keySet()).as("answers to unsigned bodies").allMatch(s -> s == 400 || s == 401);
        assertThat(storedSiblings).as("the valid sibling of every body answered 200").isEqualTo(siblings.size());
        assertThat(storedUnsigned).as("events of unsigned bodies").isZero();
        assertThat(setAside.total() - setAsideBefore).as("bad events were set aside one by one").isPositive();

        List<String> leaks = captured.list.stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
                .filter(e -> !e.getLoggerName().toLowerCase(Locale.ROOT).contains("wiremock"))
                .map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getMessage()))
                .filter(line -> line.contains(WebhookMutations.SECRET) || line.contains("\u0000") || line.contains(run))
                .toList();
        assertThat(leaks).as("log lines at INFO+ carrying a value of a malformed event").isEmpty();
    }

    private int post(HttpClient http, byte[] body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/callback"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-Line-Signature", signature);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers only the families the test names; every other event is handled (read, published) and left at that. */
    @TestConfiguration
    static class OneFamilyEcho {

        private final Outbox outbox;

        OneFamilyEcho(Outbox outbox) {
            this.outbox = outbox;
        }

        @EventListener
        void on(IncomingEvent event) {
            if (ANSWERED_FAMILIES.contains(event.userId()) && event.isText()) {
                outbox.reply(event, List.of(new OutgoingMessage.Text("echo " + event.text())));
            }
        }
    }
}
