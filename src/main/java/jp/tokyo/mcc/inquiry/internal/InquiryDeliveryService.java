package jp.tokyo.mcc.inquiry.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.tokyo.mcc.inquiry.InquiryChanged;
import jp.tokyo.mcc.inquiry.InquiryDeliveries;
import jp.tokyo.mcc.inquiry.InquiryException;
import jp.tokyo.mcc.inquiry.InquiryException.Reason;
import jp.tokyo.mcc.inquiry.MessageDelivery;
import jp.tokyo.mcc.line.DeliveryReport;
import jp.tokyo.mcc.line.DeliverySettled;
import jp.tokyo.mcc.staff.AuditLog;
import jp.tokyo.mcc.staff.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counsellor messages joined with their outbox batches: each reply keeps its batch id, the outbox's report tells the
 * batch's fate, and a settled batch ({@link DeliverySettled}) updates the inquiry's open pages.
 */
@Service
class InquiryDeliveryService implements InquiryDeliveries {

    private final InquiryRows store;
    private final DeliveryReport report;
    private final AuditLog audit;
    private final InquiryAccess access;
    private final ApplicationEventPublisher events;

    InquiryDeliveryService(InquiryRows store, DeliveryReport report, AuditLog audit, ApplicationEventPublisher events, InquiryAccess access) {
        this.access = access;
        this.store = store;
        this.report = report;
        this.audit = audit;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, MessageDelivery> of(StaffMember actor, long inquiryId) {
        access.visible(actor, inquiryId);
        Map<Long, Long> batches = store.batchesOf(inquiryId);
        Map<Long, DeliveryReport.Fate> fates = report.fates(batches.values());
        Map<Long, MessageDelivery> deliveries = new LinkedHashMap<>();
        batches.forEach((messageId, batchId) -> {
            DeliveryReport.Fate fate = fates.get(batchId);
            if (fate != null) {
                deliveries.put(messageId, new MessageDelivery(messageId, switch (fate.state()) {
                    case WAITING -> MessageDelivery.State.SENDING;
                    case SENT -> MessageDelivery.State.DELIVERED;
                    case FAILED -> MessageDelivery.State.REFUSED;
                }, fate.httpStatus(), fate.state() == DeliveryReport.Fate.State.FAILED ? fate.error() : null));
            }
        });
        return deliveries;
    }

    @Override
    @Transactional
    public void retry(StaffMember actor, long inquiryId, long messageId) {
        InquiryRow row = access.visible(actor, inquiryId);
        InquiryAccess.requireNotHeldByOther(actor, row);
        Long batchId = store.batchesOf(inquiryId).get(messageId);
        if (batchId == null || !report.retry(batchId)) {
            throw new InquiryException(Reason.INVALID, "not_refused",
                    "message " + messageId + " is not a refused message of this inquiry");
        }
        audit.record(actor.username(), "DELIVERY_RETRY", InquiryService.SUBJECT, String.valueOf(inquiryId),
                "message " + messageId);
        events.publishEvent(new InquiryChanged(inquiryId, row.inquiry().center(), InquiryChanged.Kind.DELIVERY));
    }

    /** A counsellor's message was taken by LINE or refused: the inquiry's open pages show it. */
    @EventListener
    void on(DeliverySettled settled) {
        store.inquiryOfBatch(settled.batchId()).flatMap(store::byId).ifPresent(row -> events.publishEvent(
                new InquiryChanged(row.id(), row.inquiry().center(), InquiryChanged.Kind.DELIVERY)));
    }
}
