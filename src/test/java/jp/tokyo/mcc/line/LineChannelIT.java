package jp.tokyo.mcc.line;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static jp.tokyo.mcc.support.LineApiStub.PUSH;
import static jp.tokyo.mcc.support.LineApiStub.REPLY;
import static jp.tokyo.mcc.support.LineApiStub.requests;
import static jp.tokyo.mcc.support.LineApiStub.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jp.tokyo.mcc.support.LineApiStub;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The LINE channel end to end: real HTTP webhooks in, the real LINE SDK out to a WireMock Messaging API. */
// the real conversation stays out: the echo stand-in shows exactly which events were handled and how
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"app.conversation.enabled=false",
        // wide enough that the two webhooks of the ordering test land in one window even on a loaded machine
        "app.line.reorder-window=300ms"})
@ActiveProfiles("test")
@Import(EchoConversation.class)
class LineChannelIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Outbox outbox;

    @DynamicPropertySource
    static void lineApi(DynamicPropertyRegistry registry) {
        registry.add("app.line.api-endpoint", LineApiStub::baseUrl);
    }

    @BeforeEach
    void healthyLine() {
        LineApiStub.resetToHealthy();
    }

    private long storedEvents(String userId) {
        return jdbc.sql("SELECT COUNT(*) FROM line_inbox_event WHERE user_id = ?").param(userId).query(Long.class).single();
    }

    private List<String> repliesTo(String token) {
        return requests(REPLY, token).stream().flatMap(r -> texts(r).stream()).toList();
    }

    @Test
    void correctlySignedTextIsStoredAndAnsweredByReply() {
        String user = Webhooks.newUserId();
        String token = Webhooks.newToken();
        var response = Webhooks.post(port, Webhooks.body(Webhooks.text(user, "こんにちは", token)));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{}");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !repliesTo(token).isEmpty());
        assertThat(repliesTo(token)).containsExactly("echo text:こんにちは");
        assertThat(requests(PUSH, user)).isEmpty();
    }

    @Test
    void badMissingAndAlteredSignaturesAreRefusedAndNothingIsStoredOrSent() throws Exception {
        String user = Webhooks.newUserId();
        String token = Webhooks.newToken();
        byte[] body = Webhooks.body(Webhooks.text(user, "hello", token)).getBytes(StandardCharsets.UTF_8);
        String good = Webhooks.sign(body);

        assertThat(Webhooks.post(port, body, null).statusCode()).isEqualTo(400);
        assertThat(Webhooks.post(port, body, "bm90IGEgc2lnbmF0dXJl").statusCode()).isEqualTo(401);
        assertThat(Webhooks.post(port, body, "%%% not base64 %%%").statusCode()).isEqualTo(401);
        byte[] altered = body.clone();
        altered[altered.length - 3] ^= 1;
        assertThat(Webhooks.post(port, altered, good).statusCode()).isEqualTo(401);

        Thread.sleep(300);
        assertThat(storedEvents(user)).isZero();
        assertThat(LineApiStub.allRequestsMentioning(token)).isEmpty();
    }

    @Test
    void onlyPostIsAnswered() throws Exception {
        var get = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/callback")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(get.body()).contains("\"method_not_allowed\"");
    }

    @Test
    void connectionCheckWithNoEventsIsAccepted() {
        assertThat(Webhooks.post(port, "{\"destination\":\"U0\",\"events\":[]}").statusCode()).isEqualTo(200);
    }

    @Test
    void signedButMalformedBodiesGetAClearError() {
        var notJson = Webhooks.post(port, "this is not json");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("\"error\"").doesNotContain("Exception");
        assertThat(Webhooks.post(port, "{\"destination\":\"U0\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void aBadEventIsSetAsideAndItsSiblingsAreStoredAndAnswered() {
        String user = Webhooks.newUserId();
        String token = Webhooks.newToken();
        String noType = "{\"no\":\"type\",\"webhookEventId\":\"" + token + "-a\"}";
        String longMode = Webhooks.event("message", "{\"type\":\"user\",\"userId\":\"" + user + "\"}", Webhooks.now(),
                Webhooks.newToken(), "\"message\":{\"id\":\"1\",\"type\":\"text\",\"text\":\"x\"}", "m".repeat(11),
                false, token + "-b");
        String good = Webhooks.text(user, "still here", token);
        var response = Webhooks.post(port, Webhooks.body(noType, "42", longMode, good));
        assertThat(response.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> !repliesTo(token).isEmpty());
        assertThat(repliesTo(token)).containsExactly("echo text:still here");
        assertThat(jdbc.sql("SELECT status, last_error FROM line_inbox_event WHERE webhook_event_id IN (?, ?) "
                        + "ORDER BY webhook_event_id").param(token + "-a").param(token + "-b")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list())
                .containsExactly("FAILED type missing", "FAILED mode longer than 10 characters");
    }

    @Test
    void aThousandEventsInOneBodyAreStoredTogether() {
        List<String> users = new ArrayList<>();
        List<String> events = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            users.clear();
            events.clear();
            storeAThousand(users, events);
        }
    }

    private void storeAThousand(List<String> users, List<String> events) {
        for (int i = 0; i < 1000; i++) {
            String user = Webhooks.newUserId();
            users.add(user);
            events.add(Webhooks.event("message", "{\"type\":\"user\",\"userId\":\"" + user + "\"}", Webhooks.now(),
                    null, "\"message\":{\"id\":\"" + i + "\",\"type\":\"text\",\"text\":\"x\"}", "standby", false,
                    UUID.randomUUID().toString()));
        }
        long started = System.nanoTime();
        assertThat(Webhooks.post(port, Webhooks.body(events)).statusCode()).isEqualTo(200);
        System.out.printf("a body of 1,000 events answered in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM line_inbox_event WHERE user_id IN (" + String.join(",",
                users.stream().map(u -> "'" + u + "'").toList()) + ")").query(Long.class).single()).isEqualTo(1000);
    }

    @Test
    void bodiesOverTwoMegabytesAreRefused() {
        String user = Webhooks.newUserId();
        String big = "x".repeat(2 * 1024 * 1024);
        var response = Webhooks.post(port, Webhooks.body(Webhooks.text(user, big, Webhooks.newToken())));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(storedEvents(user)).isZero();
    }

    @Test
    void unknownEventTypesAreStoredAndIgnored() throws Exception {
        String user = Webhooks.newUserId();
        String token = Webhooks.newToken();
        String unknown = Webhooks.event("somethingNew", user, Webhooks.now(), token, "\"somethingNew\":{\"x\":1}");
        assertThat(Webhooks.post(port, Webhooks.body(unknown)).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> "IGNORED".equals(statusOf(user)));
        assertThat(LineApiStub.allRequestsMentioning(token)).isEmpty();
    }

    private String statusOf(String user) {
        return jdbc.sql("SELECT status FROM line_inbox_event WHERE user_id = ?").param(user).query(String.class)
                .optional().orElse(null);
    }

    @Test
    void everyPayloadShapeReachesTheConversation() throws InterruptedException {
        String user = Webhooks.newUserId();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tokens.add(Webhooks.newToken());
        }
        Webhooks.post(port, Webhooks.body(
                Webhooks.follow(user, tokens.get(0)),
                Webhooks.text(user, "テスト", tokens.get(1)),
                Webhooks.sticker(user, tokens.get(2)),
                Webhooks.image(user, tokens.get(3)),
                Webhooks.location(user, tokens.get(4)),
                Webhooks.postback(user, "c=1", tokens.get(5)),
                Webhooks.unsend(user)));
        await().atMost(Duration.ofSeconds(10)).until(() -> tokens.stream().allMatch(t -> !repliesTo(t).isEmpty()));
        assertThat(tokens.stream().map(t -> repliesTo(t).get(0)).toList()).containsExactly(
                "echo follow", "echo text:テスト", "echo message:sticker", "echo message:image",
                "echo message:location", "echo postback:c=1");
        // answers are sent after their transaction commits, on the outbox's own threads
        await().atMost(Duration.ofSeconds(10)).until(() -> !requests(PUSH, user).isEmpty());
        // the unfollow after the push went out (a block cancels what still waits to be sent: BlockedFamilyIT)
        Webhooks.post(port, Webhooks.body(Webhooks.unfollow(user)));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM line_inbox_event WHERE user_id = ? AND status = 'DONE'").param(user)
                .query(Long.class).single() == 8);
        Thread.sleep(300);
        assertThat(requests(PUSH, user)).as("unsend is answered with a push echo, unfollow with nothing").hasSize(1);
    }

    @Test
    void redeliveredEventsAreAnsweredOnce() throws Exception {
        String user = Webhooks.newUserId();
        String token = Webhooks.newToken();
        String id = UUID.randomUUID().toString();
        String source = "{\"type\":\"user\",\"userId\":\"" + user + "\"}";
        String message = "\"message\":{\"id\":\"1\",\"type\":\"text\",\"text\":\"once\"}";
        long at = Webhooks.now();
        String first = Webhooks.event("message", source, at, token, message, "active", false, id);
        String again = Webhooks.event("message", source, at, token, message, "active", true, id);
        assertThat(Webhooks.post(port, Webhooks.body(first)).statusCode()).isEqualTo(200);
        assertThat(Webhooks.post(port, Webhooks.body(again)).statusCode()).isEqualTo(200);
        assertThat(Webhooks.post(port, Webhooks.body(again, again)).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> !repliesTo(token).isEmpty());
        Thread.sleep(500);
        assertThat(repliesTo(token)).containsExactly("echo text:once");
        assertThat(requests(PUSH, user)).isEmpty();
        assertThat(storedEvents(user)).isEqualTo(1);
    }

    @Test
    void eventsOfOneUserAreHandledInTimestampOrder() {
        String user = Webhooks.newUserId();
        long t = Webhooks.now();
        List<String> events = new ArrayList<>();
        for (int i = 4; i >= 0; i--) { // LINE guarantees no order: send newest first
            events.add(Webhooks.event("message", user, t + i, null,
                    "\"message\":{\"id\":\"" + i + "\",\"type\":\"text\",\"text\":\"m" + i + "\"}"));
        }
        Webhooks.post(port, Webhooks.body(events.subList(0, 3)));
        Webhooks.post(port, Webhooks.body(events.subList(3, 5)));
        await().atMost(Duration.ofSeconds(10)).until(() -> requests(PUSH, user).size() == 5);
        List<String> order = requests(PUSH, user).stream().map(r -> texts(r).get(0)).toList();
        assertThat(order).containsExactly("echo text:m0", "echo text:m1", "echo text:m2", "echo text:m3", "echo text:m4");
    }

    @Test
    void standbyEventsAreRecordedButNeverAnswered() throws Exception {
        String user = Webhooks.newUserId();
        String token = Webhooks.newToken();
        String standby = Webhooks.event("message", "{\"type\":\"user\",\"userId\":\"" + user + "\"}", Webhooks.now(),
                token, "\"message\":{\"id\":\"1\",\"type\":\"text\",\"text\":\"x\"}", "standby", false,
                UUID.randomUUID().toString());
        assertThat(Webhooks.post(port, Webhooks.body(standby)).statusCode()).isEqualTo(200);
        Thread.sleep(500);
        assertThat(statusOf(user)).isEqualTo("IGNORED");
        assertThat(LineApiStub.allRequestsMentioning(token)).isEmpty();
        assertThat(LineApiStub.allRequestsMentioning(user)).isEmpty();
    }

    @Test
    void groupsAndRoomsGetOnePoliteNote() throws Exception {
        String group = "C" + UUID.randomUUID().toString().replace("-", "");
        String source = "{\"type\":\"group\",\"groupId\":\"" + group + "\",\"userId\":\"" + Webhooks.newUserId() + "\"}";
        String joinToken = Webhooks.newToken();
        String msgToken = Webhooks.newToken();
        Webhooks.post(port, Webhooks.body(Webhooks.event("join", source, Webhooks.now(), joinToken, "", "active", false,
                UUID.randomUUID().toString())));
        await().atMost(Duration.ofSeconds(10)).until(() -> !repliesTo(joinToken).isEmpty());
        assertThat(repliesTo(joinToken).get(0)).contains("1対1");
        Webhooks.post(port, Webhooks.body(Webhooks.event("message", source, Webhooks.now(), msgToken,
                "\"message\":{\"id\":\"1\",\"type\":\"text\",\"text\":\"相談です\"}", "active", false,
                UUID.randomUUID().toString())));
        Thread.sleep(500);
        assertThat(repliesTo(msgToken)).as("at most one note a day per group").isEmpty();
        assertThat(LineApiStub.allRequestsMentioning("相談です")).as("group messages are never echoed").isEmpty();
    }

    @Test
    void aRejectedReplyTokenFallsBackToPush() {
        String user = Webhooks.newUserId();
        String token = Webhooks.newToken();
        LineApiStub.server().stubFor(post(urlPathEqualTo(REPLY)).withRequestBody(containing(token)).atPriority(1)
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"Invalid reply token\"}")));
        Webhooks.post(port, Webhooks.body(Webhooks.text(user, "push me", token)));
        await().atMost(Duration.ofSeconds(10)).until(() -> requests(PUSH, user).size() == 1);
        assertThat(texts(requests(PUSH, user).get(0))).containsExactly("echo text:push me");
        assertThat(requests(PUSH, user).get(0).getHeader("X-Line-Retry-Key")).isNotBlank();
    }

    @Test
    void aReplyWhoseAnswerWasLostIsTriedAgainByReplyAndLinesRefusalOfTheUsedTokenCountsAsDelivered() {
        // LINE takes the reply but its answer comes after the send timeout (1 s in tests): the reply may have got
        // through. The next try replies with the same token (fresh for 3 s in tests); LINE refuses it as used, which
        // says the first reply got through: pushing would answer the family twice
        String user = Webhooks.newUserId();
        String token = Webhooks.newToken();
        LineApiStub.server().stubFor(post(urlPathEqualTo(REPLY)).withRequestBody(containing(token)).atPriority(1)
                .inScenario(token).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(LineApiStub.okJson("{\"sentMessages\":[]}").withFixedDelay(1500)).willSetStateTo("used"));
        LineApiStub.server().stubFor(post(urlPathEqualTo(REPLY)).withRequestBody(containing(token)).atPriority(1)
                .inScenario(token).whenScenarioStateIs("used")
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"Invalid reply token\"}")));
        Webhooks.post(port, Webhooks.body(Webhooks.text(user, "once", token)));
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(batchStatusOf(user)));
        assertThat(requests(REPLY, token)).hasSize(2);
        assertThat(requests(PUSH, user)).isEmpty();
    }

    @Test
    void aBatchTakenOverAfterACrashWithAFreshTokenThatLineRefusesAsUsedIsNotPushed() {
        // the process died right after LINE took the reply, before it recorded the batch as sent: the batch is still
        // claimed, with its fresh reply token. Once the claim runs out the retry job replies again; LINE refuses the
        // used token, so the batch counts as delivered
        String user = Webhooks.newUserId();
        String token = Webhooks.newToken();
        LineApiStub.server().stubFor(post(urlPathEqualTo(REPLY)).withRequestBody(containing(token)).atPriority(1)
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"Invalid reply token\"}")));
        java.time.Instant now = java.time.Instant.now();
        jdbc.sql("INSERT INTO line_outbox_batch (chat_id, reply_token, reply_token_expires_at, messages, message_count, "
                        + "retry_key, origin, status, attempts, next_attempt_at, claimed_until, created_at) "
                        + "VALUES (?, ?, ?, ?, 1, ?, 'BOT', 'SENDING', 1, ?, ?, ?)")
                .param(user).param(token).param(java.sql.Timestamp.from(now.plusSeconds(40)))
                .param("[{\"type\":\"text\",\"text\":\"sent before the crash\",\"quickReplies\":[]}]")
                .param(java.util.UUID.randomUUID()).param(java.sql.Timestamp.from(now))
                .param(java.sql.Timestamp.from(now.minusMillis(1))).param(java.sql.Timestamp.from(now)).update();
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(batchStatusOf(user)));
        assertThat(requests(REPLY, token)).hasSize(1);
        assertThat(requests(PUSH, user)).isEmpty();
        assertThat(jdbc.sql("SELECT last_error FROM line_outbox_batch WHERE chat_id = ?").param(user)
                .query(String.class).single()).contains("earlier attempt");
    }

    private String batchStatusOf(String chat) {
        return jdbc.sql("SELECT status FROM line_outbox_batch WHERE chat_id = ?").param(chat).query(String.class)
                .optional().orElse(null);
    }

    @Test
    void anExpiredReplyTokenIsNotUsed() {
        String user = Webhooks.newUserId();
        String token = Webhooks.newToken();
        Webhooks.post(port, Webhooks.body(Webhooks.text(user, "slow", token)));
        await().atMost(Duration.ofSeconds(15)).until(() -> requests(PUSH, user).size() == 1);
        assertThat(texts(requests(PUSH, user).get(0))).containsExactly("echo text:slow");
        assertThat(repliesTo(token)).isEmpty();
    }

    @Test
    void pushRetriesAfterServerErrorsWithTheSameRetryKey() {
        String user = Webhooks.newUserId();
        LineApiStub.server().stubFor(post(urlPathEqualTo(PUSH)).withRequestBody(containing(user)).atPriority(1)
                .inScenario(user).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("second"));
        LineApiStub.server().stubFor(post(urlPathEqualTo(PUSH)).withRequestBody(containing(user)).atPriority(1)
                .inScenario(user).whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        LineApiStub.server().stubFor(post(urlPathEqualTo(PUSH)).withRequestBody(containing(user)).atPriority(1)
                .inScenario(user).whenScenarioStateIs("up")
                .willReturn(LineApiStub.okJson("{\"sentMessages\":[]}")));

        List<Long> ids = outbox.push(user, List.of(new OutgoingMessage.Text("相談員からのお返事です")), Outbox.Origin.STAFF);

        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(batchStatus(ids.get(0))));
        List<LoggedRequest> calls = requests(PUSH, user);
        assertThat(calls).hasSize(3);
        assertThat(calls.stream().map(r -> r.getHeader("X-Line-Retry-Key")).distinct().toList()).hasSize(1);
    }

    @Test
    void aQueueThatBuiltUpWhileLineWasDownGoesOutInOrderAndOnceWhenItIsBack() {
        String user = Webhooks.newUserId();
        LineApiStub.server().stubFor(post(urlPathEqualTo(PUSH)).withRequestBody(containing(user)).atPriority(1)
                .inScenario(user).whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503)));
        LineApiStub.server().stubFor(post(urlPathEqualTo(PUSH)).withRequestBody(containing(user)).atPriority(1)
                .inScenario(user).whenScenarioStateIs("up").willReturn(LineApiStub.okJson("{\"sentMessages\":[]}")));
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            ids.addAll(outbox.push(user, List.of(new OutgoingMessage.Text("part " + i)), Outbox.Origin.STAFF));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> requests(PUSH, user).size() >= 2);
        // while LINE is down only the first batch is tried (again and again): the others wait behind it
        assertThat(requests(PUSH, user).stream().map(r -> texts(r).get(0)).distinct()).containsExactly("part 1");

        LineApiStub.server().setScenarioState(user, "up");

        await().atMost(Duration.ofSeconds(10)).until(() -> ids.stream().allMatch(id -> "SENT".equals(batchStatus(id))));
        List<LoggedRequest> calls = requests(PUSH, user);
        List<String> texts = calls.stream().map(r -> texts(r).get(0)).toList();
        int firstTries = texts.lastIndexOf("part 1") + 1;
        assertThat(texts.subList(0, firstTries)).containsOnly("part 1");
        assertThat(texts.subList(firstTries, texts.size())).containsExactly("part 2", "part 3", "part 4");
        assertThat(calls.subList(0, firstTries).stream().map(r -> r.getHeader("X-Line-Retry-Key")).distinct()).hasSize(1);
    }

    @Test
    void batchesQueuedBehindASlowSendFollowItPromptlyAndInOrder() {
        // each push to this family takes a while, so later batches queue behind the one being sent; the sender that
        // settles a batch must carry on with all that waited (not leave the third and later to the retry job, which
        // takes fresh batches only after the send timeout: 1 s in tests)
        String user = Webhooks.newUserId();
        LineApiStub.pushesToAnswerAfter(user, 50);
        long started = System.nanoTime();
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ids.addAll(outbox.push(user, List.of(new OutgoingMessage.Text("part " + i)), Outbox.Origin.STAFF));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> ids.stream().allMatch(id -> "SENT".equals(batchStatus(id))));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(requests(PUSH, user).stream().map(r -> texts(r).get(0)).toList())
                .containsExactly("part 1", "part 2", "part 3", "part 4", "part 5");
        // the retry job would take the third and later batches only after the send timeout (1 s in tests)
        assertThat(millis).as("five sends of 50 ms each, one after the other").isLessThan(950);
    }

    @Test
    void aBatchStoredClaimedButNeverSentIsSentOnceItsClaimRunsOut() {
        // a chat's only batch is stored already claimed by its sender; should the process stop before that sender
        // ran, the retry job takes the batch over when the claim runs out, and sends it by push with its retry key
        String user = Webhooks.newUserId();
        String retryKey = java.util.UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO line_outbox_batch (chat_id, messages, message_count, retry_key, origin, status, attempts, "
                        + "next_attempt_at, claimed_until, created_at) VALUES (?, ?, 1, ?, 'BOT', 'SENDING', 1, ?, ?, ?)")
                .param(user).param("[{\"type\":\"text\",\"text\":\"left behind\",\"quickReplies\":[]}]")
                .param(java.util.UUID.fromString(retryKey))
                .param(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)))
                .param(java.sql.Timestamp.from(java.time.Instant.now().plusMillis(700)))
                .param(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60))).update();
        await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(1)).until(() -> requests(PUSH, user).isEmpty());
        await().atMost(Duration.ofSeconds(10)).until(() -> requests(PUSH, user).size() == 1);
        assertThat(texts(requests(PUSH, user).get(0))).containsExactly("left behind");
        assertThat(requests(PUSH, user).get(0).getHeader("X-Line-Retry-Key")).isEqualTo(retryKey);
    }

    @Test
    void aConflictOnTheRetryKeyCountsAsDelivered() {
        String user = Webhooks.newUserId();
        LineApiStub.server().stubFor(post(urlPathEqualTo(PUSH)).withRequestBody(containing(user)).atPriority(1)
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"The retry key is already accepted\"}")));
        List<Long> ids = outbox.push(user, List.of(new OutgoingMessage.Text("x")), Outbox.Origin.STAFF);
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(batchStatus(ids.get(0))));
        assertThat(requests(PUSH, user)).hasSize(1);
    }

    @Test
    void timeoutsAreRetriedWithTheSameKeyAndOtherClientErrorsFail() {
        String slowUser = Webhooks.newUserId();
        LineApiStub.server().stubFor(post(urlPathEqualTo(PUSH)).withRequestBody(containing(slowUser)).atPriority(1)
                .inScenario(slowUser).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(LineApiStub.okJson("{}").withFixedDelay(2500)).willSetStateTo("fast"));
        LineApiStub.server().stubFor(post(urlPathEqualTo(PUSH)).withRequestBody(containing(slowUser)).atPriority(1)
                .inScenario(slowUser).whenScenarioStateIs("fast").willReturn(LineApiStub.okJson("{}")));
        String badUser = Webhooks.newUserId();
        LineApiStub.server().stubFor(post(urlPathEqualTo(PUSH)).withRequestBody(containing(badUser)).atPriority(1)
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"The request body has 1 error(s)\"}")));

        long slow = outbox.push(slowUser, List.of(new OutgoingMessage.Text("a")), Outbox.Origin.STAFF).get(0);
        long bad = outbox.push(badUser, List.of(new OutgoingMessage.Text("b")), Outbox.Origin.STAFF).get(0);

        await().atMost(Duration.ofSeconds(15)).until(() -> "SENT".equals(batchStatus(slow)));
        assertThat(requests(PUSH, slowUser).stream().map(r -> r.getHeader("X-Line-Retry-Key")).distinct()).hasSize(1);
        assertThat(requests(PUSH, slowUser)).hasSizeGreaterThanOrEqualTo(2);
        await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(batchStatus(bad)));
        assertThat(requests(PUSH, badUser)).hasSize(1);
    }

    @Test
    void messagesOverLineLimitsAreSplitOrRefusedBeforeSending() {
        String user = Webhooks.newUserId();
        List<OutgoingMessage> seven = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seven.add(new OutgoingMessage.Text("n" + i));
        }
        List<Long> ids = outbox.push(user, seven, Outbox.Origin.BOT);
        assertThat(ids).hasSize(2);
        await().atMost(Duration.ofSeconds(10)).until(() -> requests(PUSH, user).size() == 2);
        assertThat(texts(requests(PUSH, user).get(0))).containsExactly("n0", "n1", "n2", "n3", "n4");
        assertThat(texts(requests(PUSH, user).get(1))).containsExactly("n5", "n6");

        String other = Webhooks.newUserId();
        var tooLong = new OutgoingMessage.Text("x", List.of(ChatAction.message("このラベルは二十文字をこえているのでだめです")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> outbox.push(other, List.of(tooLong), Outbox.Origin.BOT))
                .isInstanceOf(MessageLimitException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM line_outbox_batch WHERE chat_id = ?").param(other)
                .query(Long.class).single()).isZero();
    }

    private String batchStatus(long id) {
        return jdbc.sql("SELECT status FROM line_outbox_batch WHERE id = ?").param(id).query(String.class).single();
    }
}
