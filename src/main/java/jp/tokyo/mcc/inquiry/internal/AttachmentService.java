package jp.tokyo.mcc.inquiry.internal;

import jp.tokyo.mcc.inquiry.InquiryAttachment;
import jp.tokyo.mcc.inquiry.InquiryAttachments;
import jp.tokyo.mcc.inquiry.InquiryException;
import jp.tokyo.mcc.staff.AuditLog;
import jp.tokyo.mcc.staff.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff read what families sent under the inquiry's rules ({@link InquiryAccess}); each read is audited. */
@Service
class AttachmentService implements InquiryAttachments {

    private final InquiryAccess access;
    private final AttachmentRows rows;
    private final AuditLog audit;

    AttachmentService(InquiryAccess access, AttachmentRows rows, AuditLog audit) {
        this.access = access;
        this.rows = rows;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public InquiryAttachment describe(StaffMember actor, long inquiryId, long attachmentId) {
        access.visible(actor, inquiryId);
        return rows.find(inquiryId, attachmentId).filter(a -> a.state() == InquiryAttachment.State.STORED)
                .orElseThrow(() -> notFound(attachmentId));
    }

    @Override
    @Transactional
    public Content read(StaffMember actor, long inquiryId, long attachmentId) {
        InquiryAttachment attachment = describe(actor, inquiryId, attachmentId);
        byte[] bytes = rows.content(attachmentId).orElseThrow(() -> notFound(attachmentId));
        audit.record(actor.username(), "VIEW_ATTACHMENT", InquiryService.SUBJECT, String.valueOf(inquiryId),
                "attachment " + attachmentId);
        return new Content(attachment, bytes);
    }

    private static InquiryException notFound(long attachmentId) {
        return new InquiryException(InquiryException.Reason.NOT_FOUND, "not_found",
                "no attachment " + attachmentId + " in this inquiry");
    }
}
