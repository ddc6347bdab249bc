package jp.tokyo.mcc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static jp.tokyo.mcc.support.LineApiStub.PUSH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.line.Outbox;
import jp.tokyo.mcc.line.OutgoingMessage;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.FamilyMedia;
import jp.tokyo.mcc.support.Handoffs;
import jp.tokyo.mcc.support.LineApiStub;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Children's medical information must never reach the logs: while a family writes to the bot (good and badly
 * signed webhooks), the bot answers, and a counsellor's message goes out through a LINE outage and a refusal,
 * nothing logged at INFO or above carries the family's words or their LINE user id.
 */
class LogPrivacyIT extends AbstractBotIT {

    /** The LINE SDK's wire logger writes whole request and response bodies when enabled. */
    private static final String SDK_WIRE_LOGGER = "com.linecorp.bot.client.wire";

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CounsellorDesk desk;

    @Test
    void theSdkWireLoggerIsOff() {
        org.slf4j.Logger wire = LoggerFactory.getLogger(SDK_WIRE_LOGGER);
        assertThat(wire.isErrorEnabled()).as("%s must be OFF", SDK_WIRE_LOGGER).isFalse();
        assertThat(LoggerFactory.getLogger("com.linecorp.bot").isInfoEnabled()).isFalse();
    }

    @Test
    void neitherMessageTextNorUserIdsAppearInTheLogAtInfoOrAbove() {
        String user = Webhooks.newUserId();
        String mediaUser = Webhooks.newUserId();
        String marker = "秘密" + UUID.randomUUID().toString().substring(0, 8);
        String words = "胃ろうの注入のことで相談です " + marker;
        String staffWords = "相談員からのお返事です " + marker;
        String refusedWords = "届かないお返事 " + marker;

        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(captured);
        try {
            // a family follows the account and writes (text, postback, sticker) in two webhook calls
            assertThat(Webhooks.post(port, Webhooks.body(Webhooks.follow(user, Webhooks.newToken()),
                    Webhooks.text(user, words, Webhooks.newToken()))).statusCode()).isEqualTo(200);
            assertThat(Webhooks.post(port, Webhooks.body(Webhooks.postback(user, "menu=" + marker, Webhooks.newToken()),
                    Webhooks.sticker(user, Webhooks.newToken()))).statusCode()).isEqualTo(200);
            // a forged call carrying the same words is refused (and logged as refused)
            byte[] forged = Webhooks.body(Webhooks.text(user, words, Webhooks.newToken())).getBytes(StandardCharsets.UTF_8);
            assertThat(Webhooks.post(port, forged, "bm90IGEgc2lnbmF0dXJl").statusCode()).isEqualTo(401);
            // a signed body that is not a webhook body
            assertThat(Webhooks.post(port, "{\"note\":\"" + words + "\"}").statusCode()).isEqualTo(400);

            await().atMost(Duration.ofSeconds(20)).until(() -> handledEvents(user) == 4);

            // malformed events carrying the family's words, beside a good one: set aside one by one, and neither
            // Jackson's nor the database's messages (which quote values) reach the log
            String badTimestamp = "{\"type\":\"message\",\"mode\":\"active\",\"timestamp\":\"" + words + "\","
                    + "\"source\":{\"type\":\"user\",\"userId\":\"" + user + "\"},\"webhookEventId\":\"bad-ts-" + marker
                    + "\",\"replyToken\":\"" + Webhooks.newToken() + "\",\"message\":{\"id\":\"1\",\"type\":\"text\","
                    + "\"text\":\"" + words + "\"}}";
            String overLongUser = Webhooks.event("message", "{\"type\":\"user\",\"userId\":\"" + user + marker.repeat(8)
                    + "\"}", Webhooks.now(), Webhooks.newToken(), "\"message\":{\"id\":\"2\",\"type\":\"text\",\"text\":\""
                    + words + "\"}", "active", false, UUID.randomUUID().toString());
            String nulText = Webhooks.event("message", user, Webhooks.now(), Webhooks.newToken(),
                    "\"message\":{\"id\":\"3\",\"type\":\"text\",\"text\":\"\\u0000" + words + "\"}");
            String good = Webhooks.text(user, "まだあります " + marker, Webhooks.newToken());
            assertThat(Webhooks.post(port, Webhooks.body(badTimestamp, overLongUser, nulText, good)).statusCode())
                    .as("a bad event does not fail its siblings").isEqualTo(200);
            await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(jdbc.sql(
                    "SELECT status FROM line_inbox_event WHERE webhook_event_id = ?").param("bad-ts-" + marker)
                    .query(String.class).optional().orElse(null)));
            await().atMost(Duration.ofSeconds(20)).until(() -> handledEvents(user) == 7);

            // a counsellor answers while LINE is down for a moment, then a message LINE refuses
            LineApiStub.server().stubFor(post(urlPathEqualTo(PUSH)).withRequestBody(containing(staffWords)).atPriority(1)
                    .inScenario(marker).whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse().withStatus(500).withBody("{\"message\":\"" + user + "\"}"))
                    .willSetStateTo("up"));
            LineApiStub.server().stubFor(post(urlPathEqualTo(PUSH)).withRequestBody(containing(staffWords)).atPriority(1)
                    .inScenario(marker).whenScenarioStateIs("up")
                    .willReturn(LineApiStub.okJson("{\"sentMessages\":[]}")));
            LineApiStub.server().stubFor(post(urlPathEqualTo(PUSH)).withRequestBody(containing(refusedWords)).atPriority(1)
                    .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                            .withBody("{\"message\":\"Failed to send messages to " + user + "\"}")));

            long sent = outbox.push(user, List.of(new OutgoingMessage.Text(staffWords)), Outbox.Origin.STAFF).get(0);
            await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(batchStatus(sent)));
            long refused = outbox.push(user, List.of(new OutgoingMessage.Text(refusedWords)), Outbox.Origin.STAFF).get(0);
            await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(batchStatus(refused)));
            assertThat(LineApiStub.requests(PUSH, user)).as("the push really went out").hasSizeGreaterThanOrEqualTo(3);

            // during an inquiry, a family sends a file named with their words (kept), a photo LINE no longer has and
            // one too large (the family told), while LINE's data API fails once
            desk.open(Handoffs.request(mediaUser, CenterId.KUBU));
            String kept = FamilyMedia.newMessageId();
            LineApiStub.server().stubFor(get(urlPathEqualTo(FamilyMedia.contentPath(kept))).atPriority(1)
                    .inScenario(kept).whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse().withStatus(500).withBody("{\"message\":\"" + mediaUser + "\"}"))
                    .willSetStateTo("up"));
            LineApiStub.server().stubFor(get(urlPathEqualTo(FamilyMedia.contentPath(kept))).atPriority(1)
                    .inScenario(kept).whenScenarioStateIs("up").willReturn(aResponse().withStatus(200)
                            .withHeader("Content-Type", "application/pdf").withBody(FamilyMedia.pdf(100))));
            String gone = FamilyMedia.newMessageId();
            FamilyMedia.answer(gone, aResponse().withStatus(404).withBody("{\"message\":\"" + mediaUser + "\"}"));
            String large = FamilyMedia.newMessageId();
            FamilyMedia.content(large, new byte[2 * 1024 * 1024], "image/jpeg");
            assertThat(Webhooks.post(port, Webhooks.body(
                    FamilyMedia.file(mediaUser, kept, "胃ろう" + marker + ".pdf", 100, Webhooks.newToken()),
                    FamilyMedia.image(mediaUser, gone, Webhooks.newToken()),
                    FamilyMedia.image(mediaUser, large, Webhooks.newToken()))).statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT COUNT(*) FROM inquiry_attachment "
                    + "WHERE line_message_id IN (?, ?, ?) AND state <> 'PENDING'").params(kept, gone, large)
                    .query(Long.class).single() == 3);
        } finally {
            root.detachAppender(captured);
        }

        List<ILoggingEvent> logged = new ArrayList<>(captured.list);
        assertThat(logged).as("the capture saw the application's log").isNotEmpty();
        List<String> leaks = logged.stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
                .filter(e -> !isLineStandIn(e.getLoggerName()))
                .map(LogPrivacyIT::render)
                .filter(line -> line.contains(user) || line.contains(mediaUser) || line.contains(marker)
                        || line.contains("胃ろう")
                        || line.contains("\u0000"))
                .toList();
        assertThat(leaks).as("log lines at INFO+ carrying a user id or the family's words").isEmpty();
    }

    private long handledEvents(String user) {
        return jdbc.sql("SELECT COUNT(*) FROM line_inbox_event WHERE user_id = ? AND status <> 'PENDING'")
                .param(user).query(Long.class).single();
    }

    private String batchStatus(long id) {
        return jdbc.sql("SELECT status FROM line_outbox_batch WHERE id = ?").param(id).query(String.class).single();
    }

    /** WireMock is the test's stand-in for LINE, not the application. */
    private static boolean isLineStandIn(String loggerName) {
        String name = loggerName.toLowerCase();
        return name.contains("wiremock") || name.startsWith("org.eclipse.jetty");
    }

    /** Everything a log line could show: message, arguments, MDC, exceptions with their causes and stack. */
    private static String render(ILoggingEvent event) {
        StringBuilder sb = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
        if (event.getArgumentArray() != null) {
            for (Object arg : event.getArgumentArray()) {
                sb.append(' ').append(arg);
            }
        }
        sb.append(' ').append(event.getMDCPropertyMap());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            sb.append(' ').append(t.getClassName()).append(": ").append(t.getMessage());
            if (t.getStackTraceElementProxyArray() != null) {
                sb.append(java.util.Arrays.stream(t.getStackTraceElementProxyArray())
                        .map(StackTraceElementProxy::getSTEAsString).collect(Collectors.joining(" ")));
            }
        }
        return sb.toString();
    }
}
