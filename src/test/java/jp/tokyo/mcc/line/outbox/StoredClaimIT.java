package jp.tokyo.mcc.line.outbox;

import static jp.tokyo.mcc.support.LineApiStub.PUSH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.LineApiStub;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A family's only unsent batch is stored already claimed for its sender. A sender that reaches it only when that
 * claim has run out (its queue was long) must not send it on the strength of the stored claim: the retry job may be
 * sending it already. It claims it in the database like any batch, so the family gets it once.
 */
class StoredClaimIT extends AbstractBotIT {

    @Autowired
    OutboxBatches store;

    @Autowired
    OutboxDelivery delivery;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSenderLateForItsStoredClaimSendsOnlyThroughADatabaseClaim() {
        // the first call builds the SDK's client and connects: on a loaded machine that alone can outlast the send
        // timeout (1 s in tests), which would make the push below time out and be retried (with its retry key)
        String warmUp = Webhooks.newUserId();
        OutboxBatch first = store.insert(warmUp, null, null, null, "[{\"type\":\"text\",\"text\":\"warm\",\"quickReplies\":[]}]",
                1, "STAFF", Instant.now(), Instant.now(), null);
        delivery.deliverSoon(warmUp, List.of(first));
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(jdbc.sql(
                "SELECT status FROM line_outbox_batch WHERE id = ?").param(first.id()).query(String.class).single()));
        String user = Webhooks.newUserId();
        // LINE is slow for this family: a send is still under way when the retry job looks for batches to take over
        LineApiStub.pushesToAnswerAfter(user, 600);
        Instant now = Instant.now();
        OutboxBatch stored = store.insert(user, null, null, null,
                "[{\"type\":\"text\",\"text\":\"once\",\"quickReplies\":[]}]", 1, "STAFF", now.minusSeconds(10),
                now.minusSeconds(10), now.minusMillis(1));
        assertThat(stored.status()).isEqualTo(OutboxBatch.Status.SENDING);

        delivery.deliverSoon(user, List.of(stored));

        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(jdbc.sql(
                "SELECT status FROM line_outbox_batch WHERE id = ?").param(stored.id()).query(String.class).single()));
        // the retry job polls every 100 ms in tests; give it time to take the batch over a second time, were it free
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> LineApiStub.requests(PUSH, user).size() == 1);
        assertThat(LineApiStub.requests(PUSH, user).get(0).getHeader("X-Line-Retry-Key"))
                .isEqualTo(stored.retryKey().toString());
    }
}
