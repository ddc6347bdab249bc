package jp.tokyo.mcc.line.inbox;

import static jp.tokyo.mcc.support.LineApiStub.PUSH;
import static jp.tokyo.mcc.support.LineApiStub.REPLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.core.instrument.MeterRegistry;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.LineApiStub;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Processing far behind: a family whose message has waited longer than {@code app.line.late-after} is told by reply,
 * while the token is fresh, that the answer is coming (and 119 for life-threatening matters); the answer itself then
 * goes by push, never with the used token; once per family in ten minutes; not for tokens about to expire, not for
 * events that have not waited. Events are stored as the webhook stores them, received in the past, and the sweep is
 * called directly (the timer is off here) before the dispatcher is woken.
 */
@TestPropertySource(properties = {"app.line.late-after=2s", "app.line.reply-token-ttl=60s", "app.line.late-notices=false",
        // as LanesBeyondTheBoundIT (one context for both)
        "app.line.max-waiting-chats=3", "app.line.dispatch-threads=1"})
class LateNoticesIT extends AbstractBotIT {

    @Autowired
    LateNotices notices;

    @Autowired
    EventDispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource texts;

    @Autowired
    MeterRegistry registry;

    @Test
    void aLateFamilyIsToldByReplyAndAnsweredByPush() {
        String user = Webhooks.newUserId();
        String token = Webhooks.newToken();
        PastEvents.store(jdbc, user, token, "相談にお金はかかりますか", Duration.ofSeconds(10));
        double sentBefore = registry.counter("mcc.late.notices", "outcome", "sent").count();

        notices.sweep();

        List<LoggedRequest> replies = LineApiStub.requests(REPLY, token);
        assertThat(replies).hasSize(1);
        assertThat(LineApiStub.texts(replies.get(0)))
                .containsExactly(texts.getMessage("line.late-notice", null, Locale.JAPAN));
        assertThat(registry.counter("mcc.late.notices", "outcome", "sent").count()).isEqualTo(sentBefore + 1);
        assertThat(jdbc.sql("SELECT reply_token FROM line_inbox_event WHERE user_id = ?").param(user)
                .query(String.class).optional()).isEmpty();

        dispatcher.wake(user);

        await().atMost(Duration.ofSeconds(20)).until(() -> !LineApiStub.requests(PUSH, user).isEmpty());
        assertThat(LineApiStub.texts(LineApiStub.requests(PUSH, user).get(0))).anyMatch(t -> t.contains("無料"));
        // the token served the notice only: the answer never tried it again
        await().during(Duration.ofMillis(500)).until(() -> LineApiStub.requests(REPLY, token).size() == 1);
    }

    @Test
    void aFamilyIsToldOnceAndOnlyWhileItsTokenIsFreshAndItsMessageHasWaited() {
        String told = Webhooks.newUserId();
        String first = Webhooks.newToken();
        String second = Webhooks.newToken();
        PastEvents.store(jdbc, told, first, "こんにちは", Duration.ofSeconds(12));
        PastEvents.store(jdbc, told, second, "メニュー", Duration.ofSeconds(8));
        String stale = Webhooks.newUserId();
        String staleToken = Webhooks.newToken();
        PastEvents.store(jdbc, stale, staleToken, "こんにちは", Duration.ofSeconds(58));
        String fresh = Webhooks.newUserId();
        String freshToken = Webhooks.newToken();
        PastEvents.store(jdbc, fresh, freshToken, "こんにちは", Duration.ofMillis(200));

        notices.sweep();
        notices.sweep();

        // the newest event's token (the freshest), once
        assertThat(LineApiStub.requests(REPLY, second)).hasSize(1);
        assertThat(LineApiStub.requests(REPLY, first)).isEmpty();
        assertThat(LineApiStub.requests(REPLY, staleToken)).isEmpty();
        assertThat(LineApiStub.requests(REPLY, freshToken)).isEmpty();

        // a later message of the same family, late again within ten minutes: no second notice
        String third = Webhooks.newToken();
        PastEvents.store(jdbc, told, third, "相談員と話したい", Duration.ofSeconds(5));
        notices.sweep();
        assertThat(LineApiStub.requests(REPLY, third)).isEmpty();

        // every event is still answered, in order: the first by reply with its own unused token
        dispatcher.wake(told);
        dispatcher.wake(stale);
        dispatcher.wake(fresh);
        await().atMost(Duration.ofSeconds(20)).until(() -> LineApiStub.requests(REPLY, first).size() == 1
                && LineApiStub.requests(REPLY, freshToken).size() == 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM line_inbox_event WHERE user_id IN (?, ?, ?) AND status = 'PENDING'")
                .param(told).param(stale).param(fresh).query(Long.class).single() == 0);
        assertThat(LineApiStub.requests(REPLY, second)).hasSize(1);
    }

    @Test
    void aHandlerHoldingTheEventWinsOverTheNotice() {
        String user = Webhooks.newUserId();
        String token = Webhooks.newToken();
        long id = PastEvents.store(jdbc, user, token, "こんにちは", Duration.ofSeconds(10));
        jdbc.sql("UPDATE line_inbox_event SET status = 'DONE' WHERE id = ?").param(id).update();

        notices.sweep();

        assertThat(LineApiStub.requests(REPLY, token)).isEmpty();
    }
}
