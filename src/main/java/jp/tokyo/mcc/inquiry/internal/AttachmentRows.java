package jp.tokyo.mcc.inquiry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.inquiry.InquiryAttachment;
import jp.tokyo.mcc.inquiry.InquiryAttachment.State;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The inquiry_attachment table (what a family sent, where its download stands) and inquiry_attachment_content (its
 * bytes, read one attachment at a time, never with the transcript).
 */
@Repository
class AttachmentRows {

    private static final String COLUMNS = "a.id, a.message_id, a.media_type, a.state, a.problem, a.content_type, "
            + "a.size_bytes, a.file_name, a.sha256";

    /** A download to do: whose, what, since when. */
    record Job(long id, long inquiryId, CenterId center, String userId, String mediaType, String lineMessageId,
               int attempts, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    AttachmentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A new attachment: PENDING (downloaded at once by this process; by any process from {@code takeOverAt} on, should
     * this one die first), or already REFUSED or FAILED with its problem.
     */
    long insert(long inquiryId, long messageId, String mediaType, String lineMessageId, String fileName, State state,
                String problem, Instant now, Instant takeOverAt) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO inquiry_attachment (inquiry_id, message_id, media_type, line_message_id, file_name, state, "
                        + "problem, next_attempt_at, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)")
                .params(inquiryId, messageId, mediaType, lineMessageId, InquiryRows.cut(fileName, 300), state.name(),
                        problem, Timestamp.from(takeOverAt), Timestamp.from(now), Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The inquiry's attachments by transcript line, in the order they came. */
    Map<Long, List<InquiryAttachment>> ofInquiry(long inquiryId) {
        Map<Long, List<InquiryAttachment>> byMessage = new LinkedHashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM inquiry_attachment a WHERE a.inquiry_id = ? ORDER BY a.id")
                .param(inquiryId).query((rs, n) -> map(rs)).list()
                .forEach(a -> byMessage.computeIfAbsent(a.messageId(), k -> new java.util.ArrayList<>()).add(a));
        return byMessage;
    }

    Optional<InquiryAttachment> find(long inquiryId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inquiry_attachment a WHERE a.id = ? AND a.inquiry_id = ?")
                .params(id, inquiryId).query((rs, n) -> map(rs)).optional();
    }

    Optional<byte[]> content(long id) {
        return jdbc.sql("SELECT content FROM inquiry_attachment_content WHERE attachment_id = ?").param(id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Pending downloads whose time has come, oldest first. */
    List<Long> due(Instant now, int limit) {
        return jdbc.sql("SELECT id FROM inquiry_attachment WHERE state = 'PENDING' AND next_attempt_at <= ? "
                        + "ORDER BY next_attempt_at, id FETCH FIRST " + limit + " ROWS ONLY")
                .param(Timestamp.from(now)).query(Long.class).list();
    }

    /**
     * Takes a due download for {@code lease} (another process may take it after that: this one died); false when
     * another process took it or it is no longer pending.
     */
    boolean claim(long id, Instant now, Instant leaseEnd) {
        return jdbc.sql("UPDATE inquiry_attachment SET attempts = attempts + 1, next_attempt_at = ?, updated_at = ? "
                        + "WHERE id = ? AND state = 'PENDING' AND next_attempt_at <= ?")
                .params(Timestamp.from(leaseEnd), Timestamp.from(now), id, Timestamp.from(now)).update() == 1;
    }

    /** Takes a new download's first attempt (the process that received it, right after the commit). */
    boolean claimFirst(long id, Instant now, Instant leaseEnd) {
        return jdbc.sql("UPDATE inquiry_attachment SET attempts = 1, next_attempt_at = ?, updated_at = ? "
                        + "WHERE id = ? AND state = 'PENDING' AND attempts = 0")
                .params(Timestamp.from(leaseEnd), Timestamp.from(now), id).update() == 1;
    }

    /** What a claimed download needs (empty when the inquiry was erased meanwhile). */
    Optional<Job> job(long id) {
        return jdbc.sql("SELECT a.id, a.inquiry_id, i.center, i.user_id, a.media_type, a.line_message_id, a.attempts, "
                        + "a.created_at FROM inquiry_attachment a JOIN inquiry i ON i.id = a.inquiry_id "
                        + "WHERE a.id = ? AND i.user_id IS NOT NULL")
                .param(id)
                .query((rs, n) -> new Job(rs.getLong(1), rs.getLong(2), CenterId.fromCode(rs.getString(3)).orElseThrow(),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), instant(rs, "created_at")))
                .optional();
    }

    /** Keeps the bytes of a pending attachment; false when it is no longer pending (erased meanwhile). */
    boolean store(long id, String contentType, byte[] bytes, String sha256, Instant now) {
        boolean settled = jdbc.sql("UPDATE inquiry_attachment SET state = 'STORED', content_type = ?, size_bytes = ?, "
                        + "sha256 = ?, updated_at = ? WHERE id = ? AND state = 'PENDING'")
                .params(contentType, (long) bytes.length, sha256, Timestamp.from(now), id).update() == 1;
        if (settled) {
            jdbc.sql("INSERT INTO inquiry_attachment_content (attachment_id, content) VALUES (?, ?)")
                    .params(id, bytes).update();
        }
        return settled;
    }

    /** Ends a pending download without content (REFUSED or FAILED, and why); false when it was not pending. */
    boolean settle(long id, State state, String problem, Instant now) {
        return jdbc.sql("UPDATE inquiry_attachment SET state = ?, problem = ?, updated_at = ? "
                        + "WHERE id = ? AND state = 'PENDING'")
                .params(state.name(), problem, Timestamp.from(now), id).update() == 1;
    }

    /** Tries again at {@code at}. */
    void retryAt(long id, Instant at, Instant now) {
        jdbc.sql("UPDATE inquiry_attachment SET next_attempt_at = ?, updated_at = ? WHERE id = ? AND state = 'PENDING'")
                .params(Timestamp.from(at), Timestamp.from(now), id).update();
    }

    /** Deletes an inquiry's attachments and their bytes (retention, erasure); how many. */
    int deleteOf(long inquiryId) {
        jdbc.sql("DELETE FROM inquiry_attachment_content WHERE attachment_id IN "
                + "(SELECT id FROM inquiry_attachment WHERE inquiry_id = ?)").param(inquiryId).update();
        return jdbc.sql("DELETE FROM inquiry_attachment WHERE inquiry_id = ?").param(inquiryId).update();
    }

    private static InquiryAttachment map(ResultSet rs) throws SQLException {
        Number size = (Number) rs.getObject("size_bytes");
        return new InquiryAttachment(rs.getLong("id"), rs.getLong("message_id"), rs.getString("media_type"),
                State.valueOf(rs.getString("state")), rs.getString("problem"), rs.getString("content_type"),
                size == null ? null : size.longValue(), rs.getString("file_name"), rs.getString("sha256"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
