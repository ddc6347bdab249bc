package jp.tokyo.mcc.line.outbox;

import java.sql.Timestamp;
import java.time.Instant;

import jp.tokyo.mcc.records.FamilyRecords;
import jp.tokyo.mcc.records.RecordCounts;
import jp.tokyo.mcc.records.Retention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What was sent (or was to be sent) to families, under retention and erasure: every batch to the family's chat is
 * deleted on erasure (waiting ones too: they are not sent any more), and sent or failed batches are deleted once they
 * are older than the conversation retention period; so is the note that a family blocked the account. What is sent to
 * the family right after their erasure is deleted once sent ({@link ErasedChats}).
 */
@Component
class OutboxRecords implements FamilyRecords {

    private final JdbcClient jdbc;
    private final ErasedChats erasedChats;

    OutboxRecords(JdbcClient jdbc, ErasedChats erasedChats) {
        this.jdbc = jdbc;
        this.erasedChats = erasedChats;
    }

    @Override
    public String name() {
        return "outbox";
    }

    @Override
    public RecordCounts erase(String userId) {
        erasedChats.erased(userId);
        return RecordCounts.of("batches", jdbc.sql("DELETE FROM line_outbox_batch WHERE chat_id = ?").param(userId).update())
                .add("blocked", jdbc.sql("DELETE FROM line_blocked_chat WHERE chat_id = ?").param(userId).update());
    }

    @Override
    public RecordCounts purge(Retention retention, Instant now) {
        Timestamp before = Timestamp.from(retention.conversationsBefore(now));
        return RecordCounts.of("batches", jdbc.sql("DELETE FROM line_outbox_batch WHERE status IN ('SENT', 'FAILED') "
                        + "AND created_at < ?").param(before).update())
                .add("blocked", jdbc.sql("DELETE FROM line_blocked_chat WHERE blocked_at < ?").param(before).update());
    }
}
