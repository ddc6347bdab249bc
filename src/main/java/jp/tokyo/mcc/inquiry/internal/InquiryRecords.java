package jp.tokyo.mcc.inquiry.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.inquiry.InquiryChanged;
import jp.tokyo.mcc.line.TrialChats;
import jp.tokyo.mcc.records.FamilyRecords;
import jp.tokyo.mcc.records.RecordCounts;
import jp.tokyo.mcc.records.Retention;
import jp.tokyo.mcc.staff.AuditLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Inquiries under retention and erasure. An inquiry is made anonymous rather than deleted: its transcript goes (with
 * the images, videos, audio and files the family sent, and their bytes), and
 * so do the LINE user id behind it, the family's words and personal fields (concern, the child's age and care,
 * phone, call times, summary, extra answers, outcome); its number, month, center, category, municipality, status
 * and answer times stay, so the reports keep counting it. An inquiry made on the simulator is deleted outright on
 * erasure (it counts for nothing). Each inquiry made anonymous gets its own audit line.
 */
@Component
class InquiryRecords implements FamilyRecords {

    static final String ERASURE = "erasure";
    static final String RETENTION = "retention";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<TrialChats> trialChats;
    private final AttachmentRows attachments;

    InquiryRecords(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events,
                   ObjectProvider<TrialChats> trialChats, AttachmentRows attachments) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.trialChats = trialChats;
        this.attachments = attachments;
    }

    @Override
    public String name() {
        return "inquiry";
    }

    /** One inquiry of the family: which, where, whether open. */
    private record Found(long id, CenterId center, boolean open) {
    }

    @Override
    public RecordCounts erase(String userId) {
        RecordCounts counts = RecordCounts.none();
        Instant now = Instant.now();
        List<Found> found = jdbc.sql("SELECT id, center, status FROM inquiry WHERE user_id = ? ORDER BY id")
                .param(userId)
                .query((rs, n) -> new Found(rs.getLong(1), CenterId.fromCode(rs.getString(2)).orElseThrow(),
                        !"CLOSED".equals(rs.getString(3))))
                .list();
        TrialChats trials = trialChats.getIfAvailable();
        boolean trial = trials != null && trials.isTrial(userId);
        for (Found f : found) {
            counts.add("attachments", attachments.deleteOf(f.id()));
            counts.add("messages", deleteMessages(f.id()));
            if (trial) {
                counts.add("deleted", jdbc.sql("DELETE FROM inquiry WHERE id = ?").param(f.id()).update());
                continue;
            }
            counts.add("anonymised", anonymise(f.id(), now, true));
            audit.record(ERASURE, "ANONYMISE", InquiryService.SUBJECT, String.valueOf(f.id()), "on the family's request");
            if (f.open()) {
                counts.add("closed", 1);
            }
            events.publishEvent(new InquiryChanged(f.id(), f.center(), InquiryChanged.Kind.ERASED));
        }
        return counts;
    }

    @Override
    public RecordCounts purge(Retention retention, Instant now) {
        RecordCounts counts = RecordCounts.none();
        List<Long> expired = jdbc.sql("SELECT id FROM inquiry WHERE status = 'CLOSED' AND closed_at < ? "
                        + "AND anonymised_at IS NULL ORDER BY id")
                .param(Timestamp.from(retention.closedInquiriesBefore(now))).query(Long.class).list();
        for (long id : expired) {
            counts.add("attachments", attachments.deleteOf(id));
            counts.add("messages", deleteMessages(id));
            counts.add("anonymised", anonymise(id, now, false));
            audit.record(RETENTION, "ANONYMISE", InquiryService.SUBJECT, String.valueOf(id),
                    "closed more than " + retention.closedInquiryDays() + " days ago");
        }
        return counts;
    }

    private int deleteMessages(long inquiryId) {
        // the family's LINE read token goes with their words (it only marks their messages as read)
        jdbc.sql("DELETE FROM inquiry_read_mark WHERE inquiry_id = ?").param(inquiryId).update();
        return jdbc.sql("DELETE FROM inquiry_message WHERE inquiry_id = ?").param(inquiryId).update();
    }

    /** Erases the family's words and personal fields; an open inquiry is closed (nobody can answer it any more). */
    private int anonymise(long id, Instant now, boolean close) {
        Timestamp at = Timestamp.from(now);
        return jdbc.sql("UPDATE inquiry SET user_id = NULL, child_age = NULL, medical_care = NULL, concern = NULL, "
                        + "phone = NULL, call_times = NULL, extra = NULL, summary = NULL, outcome = NULL, "
                        + "anonymised_at = ?, updated_at = ?"
                        + (close ? ", status = 'CLOSED', closed_at = COALESCE(closed_at, ?), "
                        + "closed_by = COALESCE(closed_by, '" + ERASURE + "')" : "")
                        + " WHERE id = ?")
                .params(close ? List.of(at, at, at, id) : List.of(at, at, id))
                .update();
    }
}
