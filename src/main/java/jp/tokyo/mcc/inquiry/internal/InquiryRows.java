package jp.tokyo.mcc.inquiry.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.inquiry.Inquiry;
import jp.tokyo.mcc.inquiry.InquiryMessage;
import jp.tokyo.mcc.inquiry.InquiryStatus;
import jp.tokyo.mcc.line.TrialChats;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.util.function.SingletonSupplier;

/** The inquiry and inquiry_message tables. */
@Repository
class InquiryRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a new inquiry is made of. */
    record NewInquiry(String number, CenterId center, String userId, String category, String municipality,
                      String childAge, List<String> medicalCare, String concern, String contactMethod, String phone,
                      String callTimes, Map<String, String> extra, String summary, Instant createdAt, Instant dueAt,
                      Integer consentVersion, Instant consentedAt) {
    }

    /** Which inquiries to list. */
    record Filter(Collection<CenterId> centers, InquiryStatus status, String owner, boolean openOnly, int limit) {
    }

    private final JdbcClient jdbc;
    private final Supplier<TrialChats> trialChats;

    InquiryRows(JdbcClient jdbc, ObjectProvider<TrialChats> trialChats) {
        this.jdbc = jdbc;
        this.trialChats = SingletonSupplier.of(trialChats::getIfAvailable);
    }

    long insert(NewInquiry n) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO inquiry (inquiry_number, center, status, user_id, category, municipality, child_age, "
                        + "medical_care, concern, contact_method, phone, call_times, extra, summary, created_at, due_at, "
                        + "updated_at, consent_version, consented_at) VALUES (:number, :center, 'NEW', :user, :category, "
                        + ":municipality, :age, :care, :concern, :contact, :phone, :times, :extra, :summary, :created, "
                        + ":due, :created, :consent, :consented)")
                .param("number", n.number()).param("center", n.center().code()).param("user", n.userId())
                .param("category", cut(n.category(), 200)).param("municipality", cut(n.municipality(), 100))
                .param("age", cut(n.childAge(), 100)).param("care", cut(toJson(n.medicalCare()), 2000))
                .param("concern", cut(n.concern(), 10000)).param("contact", cut(n.contactMethod(), 10))
                .param("phone", cut(n.phone(), 40)).param("times", cut(n.callTimes(), 500))
                .param("extra", cut(toJson(n.extra()), 10000)).param("summary", cut(n.summary(), 10000))
                .param("created", Timestamp.from(n.createdAt())).param("due", Timestamp.from(n.dueAt()))
                .param("consent", n.consentVersion())
                .param("consented", n.consentedAt() == null ? null : Timestamp.from(n.consentedAt()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<InquiryRow> byId(long id) {
        return jdbc.sql("SELECT * FROM inquiry WHERE id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    Optional<Long> idByNumber(String number) {
        return jdbc.sql("SELECT id FROM inquiry WHERE inquiry_number = ?").param(number).query(Long.class).optional();
    }

    /** The family's newest inquiry that is not closed. */
    Optional<InquiryRow> openFor(String userId) {
        return jdbc.sql("SELECT * FROM inquiry WHERE user_id = ? AND status <> 'CLOSED' ORDER BY id DESC "
                        + "FETCH FIRST 1 ROWS ONLY")
                .param(userId).query((rs, n) -> map(rs)).optional();
    }

    List<Inquiry> list(Filter filter) {
        if (filter.centers().isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        String order = filter.status() == InquiryStatus.CLOSED ? "closed_at DESC, id DESC" : "created_at DESC, id DESC";
        return jdbc.sql("SELECT * FROM inquiry WHERE " + where + " ORDER BY " + order + " FETCH FIRST "
                        + Math.max(1, filter.limit()) + " ROWS ONLY")
                .params(params).query((rs, n) -> map(rs).inquiry()).list();
    }

    /** Inquiries matching a WHERE clause built by {@link InquirySearches} (named parameters), in this order. */
    List<Inquiry> select(String where, Map<String, Object> params, String order, int limit) {
        return jdbc.sql("SELECT * FROM inquiry WHERE " + where + " ORDER BY " + order + " FETCH FIRST "
                        + Math.max(1, limit) + " ROWS ONLY")
                .params(params).query((rs, n) -> map(rs).inquiry()).list();
    }

    long count(Filter filter) {
        if (filter.centers().isEmpty()) {
            return 0;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        return jdbc.sql("SELECT COUNT(*) FROM inquiry WHERE " + where).params(params).query(Long.class).single();
    }

    private static String where(Filter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("center IN (:centers)");
        params.put("centers", filter.centers().stream().map(CenterId::code).toList());
        if (filter.status() != null) {
            conditions.add("status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.owner() != null) {
            conditions.add("owner_username = :owner");
            params.put("owner", filter.owner());
        }
        if (filter.openOnly()) {
            conditions.add("status <> 'CLOSED'");
        }
        return String.join(" AND ", conditions);
    }

    List<InquiryMessage> messages(long inquiryId) {
        return jdbc.sql("SELECT id, author, author_name, body, created_at, safety_flags FROM inquiry_message "
                        + "WHERE inquiry_id = ? ORDER BY id")
                .param(inquiryId)
                .query((rs, n) -> new InquiryMessage(rs.getLong("id"),
                        InquiryMessage.Author.valueOf(rs.getString("author")), rs.getString("author_name"),
                        rs.getString("body"), instant(rs, "created_at"), SafetyFlags.read(rs.getString("safety_flags"))))
                .list();
    }

    InquiryMessage addMessage(long inquiryId, InquiryMessage.Author author, String authorName, String text, Instant at) {
        return addMessage(inquiryId, author, authorName, text, at, List.of());
    }

    /** A line of the transcript; {@code safety}: the safety net's tiers it was answered with first. */
    InquiryMessage addMessage(long inquiryId, InquiryMessage.Author author, String authorName, String text, Instant at,
                              List<String> safety) {
        String body = cut(text, 20000);
        String name = cut(authorName, 100);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO inquiry_message (inquiry_id, author, author_name, body, created_at, safety_flags) "
                        + "VALUES (?,?,?,?,?,?)")
                .params(inquiryId, author.name(), name, body, Timestamp.from(at), SafetyFlags.write(safety))
                .update(keys, "id");
        return new InquiryMessage(keys.getKey().longValue(), author, name, body, at, safety);
    }

    /** Adds tiers to the inquiry's safety flag (kept: a flag is never taken off). */
    void flag(long id, List<String> safety) {
        if (safety.isEmpty()) {
            return;
        }
        String current = jdbc.sql("SELECT safety_flags FROM inquiry WHERE id = ?").param(id).query(String.class)
                .optional().orElse(null);
        String merged = SafetyFlags.write(SafetyFlags.merge(SafetyFlags.read(current), safety));
        jdbc.sql("UPDATE inquiry SET safety_flags = ? WHERE id = ?").params(merged, id).update();
    }

    /** The outbox batch that carries a counsellor's message to the family. */
    void linkBatch(long messageId, long batchId) {
        jdbc.sql("UPDATE inquiry_message SET outbox_batch_id = ? WHERE id = ?").params(batchId, messageId).update();
    }

    /** The counsellor messages of an inquiry that went out, as message id to outbox batch id. */
    Map<Long, Long> batchesOf(long inquiryId) {
        Map<Long, Long> batches = new LinkedHashMap<>();
        jdbc.sql("SELECT id, outbox_batch_id FROM inquiry_message WHERE inquiry_id = ? AND outbox_batch_id IS NOT NULL "
                        + "ORDER BY id")
                .param(inquiryId).query(rs -> {
                    batches.put(rs.getLong(1), rs.getLong(2));
                });
        return batches;
    }

    /** The inquiry whose message a batch carries. */
    Optional<Long> inquiryOfBatch(long batchId) {
        return jdbc.sql("SELECT inquiry_id FROM inquiry_message WHERE outbox_batch_id = ?").param(batchId)
                .query(Long.class).optional();
    }

    /** Takes an unclaimed open inquiry; false when someone else holds it (or it is closed). */
    boolean claim(long id, String username, String displayName, Instant now) {
        return jdbc.sql("UPDATE inquiry SET owner_username = ?, owner_name = ?, updated_at = ?, "
                        + "status = CASE WHEN status = 'NEW' THEN 'IN_PROGRESS' ELSE status END "
                        + "WHERE id = ? AND owner_username IS NULL AND status <> 'CLOSED'")
                .params(username, cut(displayName, 100), Timestamp.from(now), id).update() == 1;
    }

    /**
     * Gives an open inquiry to another counsellor, provided it is still held by {@code expectedOwner} (null: nobody);
     * false when it changed hands meanwhile or is closed.
     */
    boolean reassign(long id, String expectedOwner, String username, String displayName, Instant now) {
        return jdbc.sql("UPDATE inquiry SET owner_username = ?, owner_name = ?, updated_at = ?, "
                        + "status = CASE WHEN status = 'NEW' THEN 'IN_PROGRESS' ELSE status END "
                        + "WHERE id = ? AND status <> 'CLOSED' AND "
                        + (expectedOwner == null ? "owner_username IS NULL" : "owner_username = ?"))
                .params(expectedOwner == null
                        ? new Object[] {username, cut(displayName, 100), Timestamp.from(now), id}
                        : new Object[] {username, cut(displayName, 100), Timestamp.from(now), id, expectedOwner})
                .update() == 1;
    }

    /** A counsellor answered: waiting for the family from now on. */
    void answered(long id, Instant now) {
        jdbc.sql("UPDATE inquiry SET status = 'WAITING_FAMILY', updated_at = ?, "
                        + "first_answered_at = COALESCE(first_answered_at, ?) WHERE id = ? AND status <> 'CLOSED'")
                .params(Timestamp.from(now), Timestamp.from(now), id).update();
    }

    /** The family wrote: an inquiry waiting for them is in progress again. */
    void familyWrote(long id, Instant now) {
        jdbc.sql("UPDATE inquiry SET updated_at = ?, "
                        + "status = CASE WHEN status = 'WAITING_FAMILY' THEN 'IN_PROGRESS' ELSE status END WHERE id = ?")
                .params(Timestamp.from(now), id).update();
    }

    void touch(long id, Instant now) {
        jdbc.sql("UPDATE inquiry SET updated_at = ? WHERE id = ?").params(Timestamp.from(now), id).update();
    }

    /** To another center: nobody holds it there yet. */
    boolean transfer(long id, CenterId to, Instant now) {
        return jdbc.sql("UPDATE inquiry SET center = ?, owner_username = NULL, owner_name = NULL, status = 'NEW', "
                        + "updated_at = ? WHERE id = ? AND status <> 'CLOSED'")
                .params(to.code(), Timestamp.from(now), id).update() == 1;
    }

    boolean close(long id, String closedBy, String outcome, Instant now) {
        return jdbc.sql("UPDATE inquiry SET status = 'CLOSED', closed_at = ?, closed_by = ?, outcome = ?, updated_at = ? "
                        + "WHERE id = ? AND status <> 'CLOSED'")
                .params(Timestamp.from(now), cut(closedBy, 64), cut(outcome, 2000), Timestamp.from(now), id)
                .update() == 1;
    }

    /** Whether a counsellor wrote to the family in this inquiry at or after {@code since}. */
    boolean staffWroteSince(long id, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM inquiry_message WHERE inquiry_id = ? AND author = 'STAFF' "
                        + "AND created_at >= ?")
                .params(id, Timestamp.from(since)).query(Long.class).single() > 0;
    }

    /** Marks today's out-of-hours notice; false when one was already sent today. */
    boolean markNotice(long id, LocalDate day) {
        return jdbc.sql("UPDATE inquiry SET last_notice_on = ? WHERE id = ? "
                        + "AND (last_notice_on IS NULL OR last_notice_on <> ?)")
                .params(Date.valueOf(day), id, Date.valueOf(day)).update() == 1;
    }

    private InquiryRow map(ResultSet rs) throws SQLException {
        Date notice = rs.getDate("last_notice_on");
        Inquiry inquiry = new Inquiry(rs.getLong("id"), rs.getString("inquiry_number"),
                CenterId.fromCode(rs.getString("center")).orElseThrow(),
                InquiryStatus.valueOf(rs.getString("status")), rs.getString("category"), rs.getString("municipality"),
                rs.getString("child_age"), fromJson(rs.getString("medical_care"), new TypeReference<List<String>>() { }),
                rs.getString("concern"), rs.getString("contact_method"), rs.getString("phone"),
                rs.getString("call_times"),
                fromJson(rs.getString("extra"), new TypeReference<LinkedHashMap<String, String>>() { }),
                rs.getString("summary"), rs.getString("owner_username"), rs.getString("owner_name"),
                instant(rs, "created_at"), instant(rs, "due_at"), instant(rs, "first_answered_at"),
                instant(rs, "updated_at"), instant(rs, "closed_at"), rs.getString("closed_by"), rs.getString("outcome"),
                isTrial(rs.getString("user_id")),
                instant(rs, "anonymised_at"), (Integer) rs.getObject("consent_version"), instant(rs, "consented_at"),
                SafetyFlags.read(rs.getString("safety_flags")));
        return new InquiryRow(inquiry, rs.getString("user_id"), notice == null ? null : notice.toLocalDate());
    }

    /** Whether the family is one played in the simulator (the console marks the inquiry 「試用」). */
    private boolean isTrial(String userId) {
        TrialChats trials = trialChats.get();
        return trials != null && trials.isTrial(userId);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T fromJson(String value, TypeReference<T> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(value, type);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
