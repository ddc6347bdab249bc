package jp.tokyo.mcc.line.inbox;

import java.sql.Timestamp;
import java.time.Instant;

import jp.tokyo.mcc.records.FamilyRecords;
import jp.tokyo.mcc.records.RecordCounts;
import jp.tokyo.mcc.records.Retention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stored webhook events under retention and erasure. A handled event's body (the family's words or taps; a follow's
 * or an unfollow's holds none and stays) is cleared the moment it is handled ({@link InboxEntries#finish}); what stays is the event's id (LINE's redelivery of an event is
 * recognised by it) and its times. On erasure the family's handled and set-aside events are deleted; events still
 * waiting to be handled stay (they are answered first). The purge deletes events received longer ago than the
 * conversation retention period, and clears any body left (an event set aside keeps its body until then, for
 * whoever looks into why it failed).
 */
@Component
class InboxRecords implements FamilyRecords {

    private final JdbcClient jdbc;

    InboxRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "inbox";
    }

    @Override
    public RecordCounts erase(String userId) {
        // every event the family sent carries their user id: in their own chat (whose id is theirs) and in groups
        // (index line_inbox_by_user)
        return RecordCounts.of("events", jdbc.sql("DELETE FROM line_inbox_event WHERE user_id = ? AND status <> 'PENDING'")
                .param(userId).update());
    }

    @Override
    public RecordCounts purge(Retention retention, Instant now) {
        Timestamp before = Timestamp.from(retention.conversationsBefore(now));
        int deleted = jdbc.sql("DELETE FROM line_inbox_event WHERE status <> 'PENDING' AND received_at < ?")
                .param(before).update();
        int cleared = jdbc.sql("UPDATE line_inbox_event SET payload = '' WHERE status IN ('DONE', 'IGNORED') "
                        + "AND payload <> '' AND event_type NOT IN ('follow', 'unfollow')")
                .update();
        return RecordCounts.of("events", deleted).add("bodies", cleared);
    }
}
