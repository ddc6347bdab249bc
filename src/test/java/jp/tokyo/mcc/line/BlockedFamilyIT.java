package jp.tokyo.mcc.line;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.FamilyChat;
import jp.tokyo.mcc.support.LineApiStub;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A family who blocks the account: their conversation ends, what waited to be sent to them is cancelled, a message to
 * them that LINE does not take is tried once and not again; when they add the account again, messages go out as
 * before.
 */
class BlockedFamilyIT extends AbstractBotIT {

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFamilyWhoBlockedGetsNothingMoreAndNothingIsRetriedForEver() {
        FamilyChat family = new FamilyChat(port);
        String user = family.userId();
        family.follow();
        LineApiStub.server().stubFor(post(urlPathEqualTo(LineApiStub.PUSH)).withRequestBody(containing(user))
                .atPriority(1).willReturn(aResponse().withStatus(500)));

        // a counsellor's message waits for LINE to come back (its next attempt put off, so it waits for sure)
        long waiting = outbox.push(user, List.of(new OutgoingMessage.Text("お知らせです")), Outbox.Origin.STAFF).get(0);
        await().atMost(Duration.ofSeconds(20)).until(() -> attempts(waiting) >= 1 && "PENDING".equals(status(waiting)));
        jdbc.sql("UPDATE line_outbox_batch SET next_attempt_at = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now().plus(Duration.ofHours(1))), waiting).update();

        assertThat(Webhooks.post(port, Webhooks.body(Webhooks.unfollow(user))).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> "ENDED".equals(jdbc.sql(
                "SELECT status FROM conversation_state WHERE user_id = ?").param(user).query(String.class).single()));

        Map<String, Object> cancelled = batch(waiting);
        assertThat(cancelled.get("status")).isEqualTo("FAILED");
        assertThat(String.valueOf(cancelled.get("last_error"))).startsWith("blocked");

        long afterBlock = outbox.push(user, List.of(new OutgoingMessage.Text("ブロックのあと")), Outbox.Origin.STAFF).get(0);
        await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(status(afterBlock)));
        assertThat(attempts(afterBlock)).as("tried once, not retried").isEqualTo(1);
        assertThat(String.valueOf(batch(afterBlock).get("last_error"))).startsWith("blocked");

        // they add the account again: messages go out as before
        LineApiStub.resetToHealthy();
        family.follow();
        long again = outbox.push(user, List.of(new OutgoingMessage.Text("おかえりなさい")), Outbox.Origin.STAFF).get(0);
        await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(status(again)));
    }

    private Map<String, Object> batch(long id) {
        return jdbc.sql("SELECT * FROM line_outbox_batch WHERE id = ?").param(id).query().singleRow();
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM line_outbox_batch WHERE id = ?").param(id).query(String.class).single();
    }

    private int attempts(long id) {
        return jdbc.sql("SELECT attempts FROM line_outbox_batch WHERE id = ?").param(id).query(Integer.class).single();
    }
}
