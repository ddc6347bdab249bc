package jp.tokyo.mcc.line.inbox;

import static jp.tokyo.mcc.support.LineApiStub.REPLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.LineApiStub;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Processing far behind: at most {@code app.line.max-waiting-chats} chats (3 here, one handler thread) wait for a
 * handler in memory; the other families' events wait in the table and are taken from it as lanes end, oldest first, so
 * memory stays bounded however large the backlog and every event is still answered, in the order stored. Events stored
 * and never woken (a restart, a lost wake-up) are found by the sweeper, beyond the bound too.
 */
@TestPropertySource(properties = {"app.line.late-after=2s", "app.line.reply-token-ttl=60s", "app.line.late-notices=false",
        "app.line.max-waiting-chats=3", "app.line.dispatch-threads=1"})
class LanesBeyondTheBoundIT extends AbstractBotIT {

    @Autowired
    EventDispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InboxSweeper sweeper;

    @Test
    void familiesBeyondTheBoundWaitInTheTableAndAreAnsweredInTheOrderStored() throws InterruptedException {
        List<String> tokens = new ArrayList<>();
        List<String> users = new ArrayList<>();
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            String token = Webhooks.newToken();
            String user = Webhooks.newUserId();
            tokens.add(token);
            users.add(user);
            events.add(Webhooks.text(user, "相談にお金はかかりますか", token));
        }
        AtomicInteger most = new AtomicInteger();
        AtomicBoolean watching = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (watching.get()) {
                most.accumulateAndGet(dispatcher.lanes(), Math::max);
                Thread.onSpinWait();
            }
        });
        watcher.start();
        try {
            assertThat(Webhooks.post(port, Webhooks.body(events)).statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> tokens.stream().allMatch(t -> LineApiStub.requests(REPLY, t).size() == 1));
        } finally {
            watching.set(false);
            watcher.join();
        }

        assertThat(most.get()).isBetween(1, 3);
        // one handler thread, the lanes beyond the bound given oldest event first: the families who waited in the
        // table were handled in the order their events came (the first three, whose lanes wait out the reorder window,
        // may come after some of them; the answers then leave on several sender threads)
        List<String> handled = users.stream()
                .sorted(Comparator.comparing(u -> jdbc.sql("SELECT processed_at FROM line_inbox_event WHERE user_id = ?")
                        .param(u).query(Timestamp.class).single()))
                .toList();
        List<String> waited = users.subList(3, users.size());
        assertThat(handled.stream().filter(waited::contains).toList()).containsExactlyElementsOf(waited);
        // nobody waits for a lane any more: the sweeper looks for lost wake-ups again
        assertThat(dispatcher.sweepWanted()).isTrue();
    }

    @Test
    void eventsNobodyWokeAreFoundByTheSweeper() {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String token = Webhooks.newToken();
            tokens.add(token);
            PastEvents.store(jdbc, Webhooks.newUserId(), token, "こんにちは", Duration.ofSeconds(10));
        }

        // as after a restart (the periodic sweep, off in tests, looks for events older than its interval)
        sweeper.resumeAfterRestart();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> tokens.stream().allMatch(t -> LineApiStub.requests(REPLY, t).size() == 1));
        for (String token : tokens) {
            LoggedRequest reply = LineApiStub.requests(REPLY, token).get(0);
            assertThat(LineApiStub.texts(reply)).isNotEmpty();
        }
    }
}
