package jp.tokyo.mcc.knowledge.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Families' "did this answer help?" replies: the entry, yes or no, and when. No user id, no message text. */
@Repository
class FaqFeedbackReplies {

    private final JdbcClient jdbc;

    FaqFeedbackReplies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String entryId, boolean resolved, Instant at) {
        jdbc.sql("INSERT INTO knowledge_faq_feedback (entry_id, resolved, created_at) VALUES (:entry, :resolved, :at)")
                .param("entry", entryId)
                .param("resolved", resolved)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** One entry's replies. */
    record Counts(String entryId, long helpful, long notHelpful) {
    }

    /** The replies of every entry that has any. */
    java.util.List<Counts> countsByEntry() {
        return jdbc.sql("SELECT entry_id, SUM(CASE WHEN resolved THEN 1 ELSE 0 END) AS helpful, "
                        + "SUM(CASE WHEN resolved THEN 0 ELSE 1 END) AS not_helpful FROM knowledge_faq_feedback "
                        + "GROUP BY entry_id")
                .query((rs, n) -> new Counts(rs.getString("entry_id"), rs.getLong("helpful"), rs.getLong("not_helpful")))
                .list();
    }

    /** The replies of every entry that has any between {@code from} (inclusive) and {@code to} (exclusive). */
    java.util.List<Counts> countsByEntry(Instant from, Instant to) {
        return jdbc.sql("SELECT entry_id, SUM(CASE WHEN resolved THEN 1 ELSE 0 END) AS helpful, "
                        + "SUM(CASE WHEN resolved THEN 0 ELSE 1 END) AS not_helpful FROM knowledge_faq_feedback "
                        + "WHERE created_at >= :from AND created_at < :to GROUP BY entry_id")
                .param("from", java.sql.Timestamp.from(from))
                .param("to", java.sql.Timestamp.from(to))
                .query((rs, n) -> new Counts(rs.getString("entry_id"), rs.getLong("helpful"), rs.getLong("not_helpful")))
                .list();
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
