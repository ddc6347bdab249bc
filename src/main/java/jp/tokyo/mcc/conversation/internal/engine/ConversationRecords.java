package jp.tokyo.mcc.conversation.internal.engine;

import java.sql.Timestamp;
import java.time.Instant;

import jp.tokyo.mcc.records.FamilyRecords;
import jp.tokyo.mcc.records.RecordCounts;
import jp.tokyo.mcc.records.Retention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Conversation states under retention and erasure: a family's state (where they are, their answers, the transcript
 * kept for a counsellor) is deleted on erasure, and when the family has been silent longer than the conversation
 * retention period (a family who blocked the account is silent from then on).
 */
@Component
class ConversationRecords implements FamilyRecords {

    private final JdbcClient jdbc;
    private final ConversationStateCache cache;

    ConversationRecords(JdbcClient jdbc, ConversationStateCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    @Override
    public String name() {
        return "conversation";
    }

    @Override
    public RecordCounts erase(String userId) {
        cache.invalidate(userId);
        int languages = jdbc.sql("DELETE FROM family_language WHERE user_id = ?").param(userId).update();
        int transcripts = jdbc.sql("DELETE FROM conversation_transcript WHERE user_id = ?").param(userId).update();
        return RecordCounts.of("states", jdbc.sql("DELETE FROM conversation_state WHERE user_id = ?").param(userId)
                .update()).add("languages", languages).add("transcripts", transcripts);
    }

    @Override
    public RecordCounts purge(Retention retention, Instant now) {
        cache.invalidateAll();
        Timestamp before = Timestamp.from(retention.conversationsBefore(now));
        RecordCounts states = RecordCounts.of("states", jdbc.sql("DELETE FROM conversation_state WHERE last_activity < ?")
                .param(before).update());
        // the transcript goes with its conversation (a daily look through the table: no index on the time, which
        // every message would have to update)
        states = states.add("transcripts", jdbc.sql("DELETE FROM conversation_transcript WHERE NOT EXISTS "
                + "(SELECT 1 FROM conversation_state c WHERE c.user_id = conversation_transcript.user_id)").update());
        // a family's language goes with their conversation (kept while it is, and no longer)
        return states.add("languages", jdbc.sql("DELETE FROM family_language WHERE updated_at < ? "
                + "AND NOT EXISTS (SELECT 1 FROM conversation_state c WHERE c.user_id = family_language.user_id)")
                .param(before).update());
    }
}
