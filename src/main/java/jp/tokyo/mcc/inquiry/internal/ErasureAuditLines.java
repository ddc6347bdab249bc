package jp.tokyo.mcc.inquiry.internal;

import java.util.Locale;

import jp.tokyo.mcc.records.ErasureAudit;
import jp.tokyo.mcc.records.ErasureRequest;
import jp.tokyo.mcc.records.RecordCounts;
import jp.tokyo.mcc.staff.AuditLog;
import org.springframework.stereotype.Component;

/**
 * An erasure's line in the staff audit log ({@code ERASE}: who asked, how, the counts; never the family's words or
 * LINE user id). Here because the inquiry module already writes the audit of inquiries (and each inquiry made
 * anonymous gets its own {@code ANONYMISE} line from {@link InquiryRecords}).
 */
@Component
class ErasureAuditLines implements ErasureAudit {

    private final AuditLog audit;

    ErasureAuditLines(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void erased(ErasureRequest request, RecordCounts counts) {
        audit.record(request.actor(), "ERASE", request.subjectType(), request.subjectId(),
                "on request (" + request.channel().name().toLowerCase(Locale.ROOT) + "): " + counts);
    }
}
