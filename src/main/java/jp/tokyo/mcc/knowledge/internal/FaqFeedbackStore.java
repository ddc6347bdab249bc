package jp.tokyo.mcc.knowledge.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Families' "did this answer help?" replies: the entry, yes or no, and when. No user id, no message text. */
@Repository
class FaqFeedbackStore {

    private final JdbcClient jdbc;

    FaqFeedbackStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String entryId, boolean resolved, Instant at) {
        jdbc.sql("INSERT INTO knowledge_faq_feedback (entry_id, resolved, created_at) VALUES (:entry, :resolved, :at)")
                .param("entry", entryId)
                .param("resolved", resolved)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** How many replies an entry got, helped or not (for the console and tests). */
    long count(String entryId, boolean resolved) {
        return jdbc.sql("SELECT COUNT(*) FROM knowledge_faq_feedback WHERE entry_id = :entry AND resolved = :resolved")
                .param("entry", entryId)
                .param("resolved", resolved)
                .query(Long.class)
                .single();
    }
}
