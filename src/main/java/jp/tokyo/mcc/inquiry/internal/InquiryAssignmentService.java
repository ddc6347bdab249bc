package jp.tokyo.mcc.inquiry.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import jp.tokyo.mcc.inquiry.Inquiry;
import jp.tokyo.mcc.inquiry.InquiryAssignments;
import jp.tokyo.mcc.inquiry.InquiryChanged;
import jp.tokyo.mcc.inquiry.InquiryException;
import jp.tokyo.mcc.inquiry.InquiryException.Reason;
import jp.tokyo.mcc.inquiry.InquiryMessage.Author;
import jp.tokyo.mcc.staff.AuditLog;
import jp.tokyo.mcc.staff.StaffAccounts;
import jp.tokyo.mcc.staff.StaffMember;
import jp.tokyo.mcc.staff.StaffRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Handing an inquiry to a colleague of its center, with the same single-holder rule as claiming. */
@Service
class InquiryAssignmentService implements InquiryAssignments {

    private final InquiryRows store;
    private final StaffAccounts accounts;
    private final InquiryTexts texts;
    private final AuditLog audit;
    private final InquiryAccess access;
    private final ApplicationEventPublisher events;

    InquiryAssignmentService(InquiryRows store, StaffAccounts accounts, InquiryTexts texts, AuditLog audit,
                             ApplicationEventPublisher events, InquiryAccess access) {
        this.access = access;
        this.store = store;
        this.accounts = accounts;
        this.texts = texts;
        this.audit = audit;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Colleague> colleagues(StaffMember actor, long inquiryId) {
        Inquiry inquiry = access.visible(actor, inquiryId).inquiry();
        return accounts.list().stream()
                .filter(m -> m.enabled() && m.role() == StaffRole.STAFF && m.center() == inquiry.center())
                .sorted(Comparator.comparing(StaffMember::displayName))
                .map(m -> new Colleague(m.username(), m.displayName()))
                .toList();
    }

    @Override
    @Transactional
    public Inquiry assign(StaffMember actor, long inquiryId, String username) {
        InquiryRow row = access.visible(actor, inquiryId);
        Inquiry inquiry = row.inquiry();
        if (!inquiry.status().isOpen()) {
            throw new InquiryException(Reason.CONFLICT, "closed", "the inquiry is closed");
        }
        StaffMember target = accounts.find(username == null ? "" : username.strip())
                .filter(m -> m.enabled() && m.role() == StaffRole.STAFF && m.center() == inquiry.center())
                .orElseThrow(() -> new InquiryException(Reason.INVALID, "colleague",
                        "not an enabled counsellor of this inquiry's center"));
        if (target.username().equals(inquiry.ownerUsername())) {
            return inquiry;
        }
        InquiryAccess.requireNotHeldByOther(actor, row);
        Instant now = Instant.now();
        if (!store.reassign(inquiryId, inquiry.ownerUsername(), target.username(), target.displayName(), now)) {
            throw new InquiryException(Reason.CONFLICT, "claimed", "the inquiry changed hands meanwhile");
        }
        store.addMessage(inquiryId, Author.SYSTEM, actor.displayName(),
                texts.get("inquiry.system.assigned", actor.displayName(), target.displayName()), now);
        audit.record(actor.username(), "ASSIGN", InquiryService.SUBJECT, String.valueOf(inquiryId), target.username());
        events.publishEvent(new InquiryChanged(inquiryId, inquiry.center(), InquiryChanged.Kind.ASSIGNED));
        return store.byId(inquiryId).orElseThrow().inquiry();
    }
}
