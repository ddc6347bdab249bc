package jp.tokyo.mcc.line.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Families erased a moment ago, in memory for a few minutes: the last messages sent to them (「削除しました」, or the
 * notice of an erasure asked for by phone) are stored after the erasure, since they have to be sent; once LINE took
 * them (or refused them for good) they are deleted too, and with them the last row that named the family's chat.
 * Should the process stop first, the conversation retention period deletes them.
 */
@Component
class ErasedChats {

    static final Duration REMEMBERED = Duration.ofMinutes(15);

    private final Map<String, Instant> erased = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final Clock clock;

    ErasedChats(JdbcClient jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    void erased(String chatId) {
        Instant now = clock.instant();
        erased.values().removeIf(at -> at.plus(REMEMBERED).isBefore(now));
        erased.put(chatId, now);
    }

    /** After a batch of the chat was settled: a recently erased family's settled batches are deleted. */
    void settled(String chatId) {
        Instant at = erased.get(chatId);
        if (at == null) {
            return;
        }
        if (at.plus(REMEMBERED).isBefore(clock.instant())) {
            erased.remove(chatId);
            return;
        }
        jdbc.sql("DELETE FROM line_outbox_batch WHERE chat_id = ? AND status IN ('SENT', 'FAILED')").param(chatId)
                .update();
    }
}
