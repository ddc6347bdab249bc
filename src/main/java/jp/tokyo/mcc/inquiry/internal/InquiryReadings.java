package jp.tokyo.mcc.inquiry.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The inquiry_reading table: up to which transcript line each counsellor has read each inquiry, so the list can mark
 * the inquiries whose holder has family messages they have not opened yet.
 */
@Repository
class InquiryReadings {

    private final JdbcClient jdbc;

    InquiryReadings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counsellor has seen the transcript up to its newest line. */
    void read(long inquiryId, String username, Instant now) {
        long upto = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM inquiry_message WHERE inquiry_id = ?")
                .param(inquiryId).query(Long.class).single();
        int updated = jdbc.sql("UPDATE inquiry_reading SET read_upto = ?, read_at = ? WHERE inquiry_id = ? "
                        + "AND username = ? AND read_upto < ?")
                .params(upto, Timestamp.from(now), inquiryId, username, upto).update();
        if (updated == 0 && !exists(inquiryId, username)) {
            try {
                jdbc.sql("INSERT INTO inquiry_reading (inquiry_id, username, read_upto, read_at) VALUES (?,?,?,?)")
                        .params(inquiryId, username, upto, Timestamp.from(now)).update();
            } catch (DuplicateKeyException concurrent) {
                // the same counsellor's other tab recorded it at the same moment: that reading stands
            }
        }
    }

    private boolean exists(long inquiryId, String username) {
        return jdbc.sql("SELECT COUNT(*) FROM inquiry_reading WHERE inquiry_id = ? AND username = ?")
                .params(inquiryId, username).query(Long.class).single() > 0;
    }

    /** Of {@code ids}, those {@code username} holds that have a family message newer than what they have read. */
    Set<Long> unreadByHolder(Collection<Long> ids, String username) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT i.id FROM inquiry i WHERE i.id IN (:ids) AND i.owner_username = :me "
                        + "AND EXISTS (SELECT 1 FROM inquiry_message m WHERE m.inquiry_id = i.id AND m.author = 'FAMILY' "
                        + "AND m.id > COALESCE((SELECT r.read_upto FROM inquiry_reading r WHERE r.inquiry_id = i.id "
                        + "AND r.username = :me), 0))")
                .param("ids", ids).param("me", username).query(Long.class).list());
    }
}
