package jp.tokyo.mcc.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import jp.tokyo.mcc.line.EchoBot;
import jp.tokyo.mcc.support.BotDatabase;
import jp.tokyo.mcc.support.BotProcess;
import jp.tokyo.mcc.support.StaffClient;
import jp.tokyo.mcc.support.StrictLineStandIn;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.Test;

/**
 * Two real bot processes on one PostgreSQL database (a schema of their own): a counsellor's change made through one
 * process's staff API appears on the console event stream of a counsellor connected to the other (LISTEN/NOTIFY,
 * payload of ids only), and password guessing spread over both gets the tries one process would allow (the sign-in
 * throttle's counts are in the database). Runs only when the suite runs on PostgreSQL (CI's second run); on H2 (one
 * process by design) it is skipped.
 */
class ConsoleLiveUpdatesAcrossProcessesIT {

    @Test
    void aChangeThroughOneProcessReachesTheOthersConsoleAndGuessesCountOnBoth() throws Exception {
        String external = System.getenv("SPRING_DATASOURCE_URL");
        assumeTrue(external != null && external.startsWith("jdbc:postgresql:"),
                "LISTEN/NOTIFY across processes: runs on PostgreSQL only");
        Path work = Files.createDirectories(Path.of("target", "two-processes", String.valueOf(System.currentTimeMillis())));
        BotDatabase database = BotDatabase.forRun(work);
        try (StrictLineStandIn line = new StrictLineStandIn()) {
            List<String> args = new ArrayList<>(List.of("--spring.main.banner-mode=off",
                    "--app.line.channel-secret=" + Webhooks.SECRET, "--app.line.channel-token=two-processes",
                    "--app.line.api-endpoint=" + line.baseUrl(), "--app.conversation.enabled=false",
                    "--app.flows.dir=flows", "--app.staff.bootstrap-admin-username=" + StaffClient.ADMIN,
                    "--app.staff.bootstrap-admin-password=" + StaffClient.ADMIN_PASSWORD,
                    "--app.staff.sign-in.first-delay=30s"));
            args.addAll(database.botArguments());
            try (BotProcess one = new BotProcess(EchoBot.class.getName(), args, work.resolve("one.log"));
                 BotProcess two = new BotProcess(EchoBot.class.getName(), args, work.resolve("two.log"))) {
                one.start(Duration.ofSeconds(180));
                two.start(Duration.ofSeconds(180));

                long inquiry = newInquiry(database);
                // the administrator watches the console on process two
                HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER).build();
                StaffClient.Session session = new StaffClient.Session(two.port(), http);
                assertThat(session.login(StaffClient.ADMIN, StaffClient.ADMIN_PASSWORD).statusCode()).isEqualTo(302);
                List<String> chunks = new CopyOnWriteArrayList<>();
                CompletableFuture<HttpResponse<Void>> stream = http.sendAsync(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + two.port() + "/console/events"))
                                .header("Accept", "text/event-stream").GET().build(),
                        HttpResponse.BodyHandlers.ofByteArrayConsumer(bytes -> bytes.ifPresent(
                                b -> chunks.add(new String(b, StandardCharsets.UTF_8)))));
                try {
                    await().atMost(Duration.ofSeconds(20)).until(() -> String.join("", chunks).contains("connected"));
                    // a counsellor's claim through process one's staff API
                    StaffClient.Response claimed = StaffClient.admin(one.port()).post("/api/inquiries/" + inquiry + "/claim", null);
                    assertThat(claimed.status()).isEqualTo(200);
                    await().atMost(Duration.ofSeconds(30)).until(() -> String.join("", chunks)
                            .contains("{\"id\":" + inquiry + ",\"kind\":\"CLAIMED\",\"center\":\"kubu\"}"));
                } finally {
                    stream.cancel(true);
                }

                // guessing a username over both processes (a new address each time): 5 free tries in all, not 10
                String username = "guess-" + UUID.randomUUID().toString().substring(0, 8);
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < 7; i++) {
                    BotProcess target = i % 2 == 0 ? one : two;
                    statuses.add(basic(target.port(), "2001:db8:2::" + Integer.toHexString(i + 1), username, "guess-" + i));
                }
                assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 429, 429);
            }
        } finally {
            database.drop();
        }
    }

    /** An inquiry of the 区部 center, as a family's handoff would leave it (no family data needed here). */
    private static long newInquiry(BotDatabase database) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
             PreparedStatement insert = c.prepareStatement("INSERT INTO inquiry (inquiry_number, center, status, user_id, "
                     + "category, summary, created_at, due_at, updated_at) VALUES (?, 'kubu', 'NEW', ?, 'その他', '試験', ?, ?, ?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "K-9999-" + (System.nanoTime() % 100000));
            insert.setString(2, Webhooks.newUserId());
            insert.setTimestamp(3, now);
            insert.setTimestamp(4, now);
            insert.setTimestamp(5, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong("id");
            }
        }
    }

    private static int basic(int port, String address, String username, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/inquiries"))
                        .header("Authorization", "Basic " + credentials).header("X-Forwarded-For", address)
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
