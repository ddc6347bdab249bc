package jp.tokyo.mcc.inquiry;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.support.Handoffs;
import jp.tokyo.mcc.support.LineApiStub;
import jp.tokyo.mcc.support.LineOpenApi;
import jp.tokyo.mcc.support.StaffClient;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 既読 when the center wants it: with {@code mark-as-read: true} for 区部 (and false for 多摩, as shipped), a family's
 * message in an open inquiry is marked as read in LINE with the message's markAsReadToken (LINE's current
 * {@code POST /v2/bot/chat/markAsRead}, the body valid against LINE's OpenAPI spec) when the counsellor who holds the
 * inquiry opens it, once; not when another counsellor opens it, not for a center that keeps the setting off. Its own
 * context and database: the flows folder is a copy with 区部's setting on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // its own database (on CI's PostgreSQL run too): its flows folder differs from everyone else's
        "spring.datasource.url=jdbc:h2:mem:mark-as-read;DB_CLOSE_DELAY=-1",
        "spring.datasource.driver-class-name=org.h2.Driver",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
@ActiveProfiles("test")
class MarkAsReadIT {

    private static final String MARK = "/v2/bot/chat/markAsRead";

    @LocalServerPort
    int port;

    @Autowired
    CounsellorDesk desk;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    jp.tokyo.mcc.directory.Directory directory;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("app.line.api-endpoint", LineApiStub::baseUrl);
        registry.add("app.flows.dir", MarkAsReadIT::flowsWithKubuMarkingRead);
    }

    private static String flowsWithKubuMarkingRead() {
        Path copy = Path.of("target", "mark-as-read-flows");
        try (Stream<Path> files = Files.walk(Path.of("flows"))) {
            for (Path f : files.toList()) {
                Path to = copy.resolve(Path.of("flows").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path centers = copy.resolve("centers.yaml");
            String text = Files.readString(centers);
            // the first center in the file is kubu: only its setting is turned on
            Files.writeString(centers, text.replaceFirst("mark-as-read: false", "mark-as-read: true"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy.toAbsolutePath().toString();
    }

    @BeforeEach
    void line() {
        LineApiStub.resetToHealthy();
        LineApiStub.server().stubFor(post(urlPathEqualTo(MARK)).willReturn(LineApiStub.okJson("{}")));
    }

    /** A family with an open inquiry at {@code center} writes once; returns the inquiry's id and the message's token. */
    private long inquiryWithAMessage(String user, CenterId center, String token) {
        desk.open(Handoffs.request(user, center));
        long id = jdbc.sql("SELECT id FROM inquiry WHERE user_id = ?").param(user).query(Long.class).single();
        String event = Webhooks.event("message", user, Webhooks.now(), Webhooks.newToken(),
                "\"message\":{\"id\":\"" + Webhooks.now() + "\",\"type\":\"text\",\"quoteToken\":\"q\","
                        + "\"markAsReadToken\":\"" + token + "\",\"text\":\"よろしくお願いします\"}");
        assertThat(Webhooks.post(port, Webhooks.body(event)).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM inquiry_message WHERE inquiry_id = ? AND author = 'FAMILY'")
                .param(id).query(Long.class).single() >= 2);
        return id;
    }

    private static List<LoggedRequest> marks(String token) {
        return LineApiStub.requests(MARK, token);
    }

    @Test
    void theHolderOpeningItMarksTheFamilysMessagesAsReadOnceAndSomeoneElseOpeningItDoesNot() {
        String user = Webhooks.newUserId();
        String token = "read-" + UUID.randomUUID();
        long id = inquiryWithAMessage(user, CenterId.KUBU, token);
        assertThat(directory.center(CenterId.KUBU).markAsRead()).isTrue();
        assertThat(jdbc.sql("SELECT token FROM inquiry_read_mark WHERE inquiry_id = ?").param(id).query(String.class)
                .optional()).as("the message's read token is kept for the holder").contains(token);
        StaffClient holder = StaffClient.newCounsellor(port, "kubu");
        StaffClient colleague = StaffClient.newCounsellor(port, "kubu");

        // opened before anyone holds it, and by a colleague: no read mark
        assertThat(colleague.get("/api/inquiries/" + id).status()).isEqualTo(200);
        assertThat(holder.post("/api/inquiries/" + id + "/claim", null).status()).isEqualTo(200);
        assertThat(colleague.get("/api/inquiries/" + id).status()).isEqualTo(200);
        // the holder opens it: marked read with the message's token
        assertThat(holder.get("/api/inquiries/" + id).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> marks(token).size() == 1);
        assertThat(LineOpenApi.load().problems("MarkMessagesAsReadByTokenRequest",
                LineApiStub.body(marks(token).get(0)))).isEmpty();
        assertThat(LineApiStub.body(marks(token).get(0)).path("markAsReadToken").asText()).isEqualTo(token);

        // opened again with nothing new: LINE is not asked again (the colleague's openings above sent nothing either:
        // the one request is the holder's)
        assertThat(holder.get("/api/inquiries/" + id).status()).isEqualTo(200);
        String later = "read-" + UUID.randomUUID();
        String event = Webhooks.event("message", user, Webhooks.now(), Webhooks.newToken(),
                "\"message\":{\"id\":\"" + Webhooks.now() + "\",\"type\":\"text\",\"quoteToken\":\"q\","
                        + "\"markAsReadToken\":\"" + later + "\",\"text\":\"追加です\"}");
        assertThat(Webhooks.post(port, Webhooks.body(event)).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM inquiry_message WHERE inquiry_id = ? AND author = 'FAMILY'")
                .param(id).query(Long.class).single() >= 3);
        assertThat(holder.get("/api/inquiries/" + id).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> marks(later).size() == 1);
        assertThat(marks(token)).hasSize(1);
    }

    @Test
    void aCenterThatKeepsTheSettingOffNeverMarksMessagesAsRead() {
        String tamaUser = Webhooks.newUserId();
        String tamaToken = "read-" + UUID.randomUUID();
        long tama = inquiryWithAMessage(tamaUser, CenterId.TAMA, tamaToken);
        StaffClient tamaHolder = StaffClient.newCounsellor(port, "tama");
        assertThat(tamaHolder.post("/api/inquiries/" + tama + "/claim", null).status()).isEqualTo(200);
        assertThat(tamaHolder.get("/api/inquiries/" + tama).status()).isEqualTo(200);

        // a 区部 opening after it is marked: the marks go out one at a time, in order, so by the time this one is
        // sent, one for 多摩 would have been too
        String kubuUser = Webhooks.newUserId();
        String kubuToken = "read-" + UUID.randomUUID();
        long kubu = inquiryWithAMessage(kubuUser, CenterId.KUBU, kubuToken);
        StaffClient kubuHolder = StaffClient.newCounsellor(port, "kubu");
        assertThat(kubuHolder.post("/api/inquiries/" + kubu + "/claim", null).status()).isEqualTo(200);
        assertThat(kubuHolder.get("/api/inquiries/" + kubu).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> marks(kubuToken).size() == 1);
        assertThat(marks(tamaToken)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inquiry_read_mark WHERE inquiry_id = ?").param(tama)
                .query(Long.class).single()).as("no token kept for a center that does not mark").isZero();
    }
}
