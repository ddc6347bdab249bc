package jp.tokyo.mcc.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

class SimulatedChatsTest {

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-04-01T01:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final SimulatedChats chats = new SimulatedChats(Optional.of(clock));

    private static ChatEntry botText(String text) {
        return new ChatEntry(0, ChatEntry.From.BOT, "text", Instant.EPOCH, text, null, null, null, null, "push", null, null);
    }

    @Test
    void aReplyTokenWorksOnceAndOnlyWhileFresh() {
        String user = chats.createUser("u").id();
        String token = chats.issueReplyToken(user);
        assertThat(chats.useReplyToken(token)).contains(user);
        assertThat(chats.useReplyToken(token)).isEmpty();

        String late = chats.issueReplyToken(user);
        clock.now = clock.now.plus(SimulatedChats.REPLY_TOKEN_TTL).plusMillis(1);
        assertThat(chats.useReplyToken(late)).isEmpty();
        assertThat(chats.useReplyToken("never-issued")).isEmpty();
        assertThat(chats.useReplyToken(null)).isEmpty();
    }

    @Test
    void aRetryKeyIsAcceptedOnceFor24Hours() {
        String user = chats.createUser("u").id();
        var answer = new SimulatedChats.AcceptedPush("req-1", JsonNodeFactory.instance.arrayNode(), clock.instant());
        assertThat(chats.pushOnce("key", user, List.of(botText("one")), answer)).isEmpty();
        assertThat(chats.pushOnce("key", user, List.of(botText("one")), answer)).map(SimulatedChats.AcceptedPush::requestId)
                .contains("req-1");
        assertThat(chats.chat(user).orElseThrow().entries()).hasSize(1);

        clock.now = clock.now.plus(Duration.ofHours(24)).plusSeconds(1);
        assertThat(chats.pushOnce("key", user, List.of(botText("one")), answer)).isEmpty();
        assertThat(chats.chat(user).orElseThrow().entries()).hasSize(2);
    }

    @Test
    void theVersionChangesWithEveryChangeIncludingTheLoadingAnimationEnding() {
        String user = chats.createUser("u").id();
        long v0 = chats.chat(user).orElseThrow().version();
        chats.startLoading(user, 5);
        var loading = chats.chat(user).orElseThrow();
        assertThat(loading.loading()).isTrue();
        assertThat(loading.version()).isNotEqualTo(v0);

        clock.now = clock.now.plusSeconds(6);
        var ended = chats.chat(user).orElseThrow();
        assertThat(ended.loading()).isFalse();
        assertThat(ended.version()).isNotEqualTo(loading.version());

        chats.startLoading(user, 60);
        chats.addBotEntries(user, List.of(botText("answer")));
        assertThat(chats.chat(user).orElseThrow().loading()).isFalse();
    }

    @Test
    void entriesAreNumberedAndOldOnesDropped() {
        String user = chats.createUser("u").id();
        for (int i = 0; i < SimulatedUser.MAX_ENTRIES + 3; i++) {
            chats.addBotEntries(user, List.of(botText("m" + i)));
        }
        List<ChatEntry> entries = chats.chat(user).orElseThrow().entries();
        assertThat(entries).hasSize(SimulatedUser.MAX_ENTRIES);
        assertThat(entries.get(entries.size() - 1).seq()).isEqualTo(SimulatedUser.MAX_ENTRIES + 3);
    }
}
