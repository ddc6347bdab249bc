package jp.tokyo.mcc.inquiry.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.inquiry.InquiryChanged;
import jp.tokyo.mcc.inquiry.InquiryException;
import jp.tokyo.mcc.inquiry.InquiryException.Reason;
import jp.tokyo.mcc.inquiry.InquiryLabel;
import jp.tokyo.mcc.inquiry.InquiryLabels;
import jp.tokyo.mcc.staff.AuditLog;
import jp.tokyo.mcc.staff.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each center's labels and their use on its inquiries, with the visibility rules and the audit. */
@Service
class InquiryLabelService implements InquiryLabels {

    static final int NAME_LENGTH = 40;

    private final InquiryLabelRows labels;
    private final AuditLog audit;
    private final InquiryAccess access;
    private final ApplicationEventPublisher events;

    InquiryLabelService(InquiryLabelRows labels, AuditLog audit,
                        ApplicationEventPublisher events, InquiryAccess access) {
        this.access = access;
        this.labels = labels;
        this.audit = audit;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public List<InquiryLabel> defined(StaffMember actor, CenterId center) {
        Set<CenterId> centers = EnumSet.noneOf(CenterId.class);
        for (CenterId c : CenterId.values()) {
            if ((center == null || center == c) && actor.canSee(c)) {
                centers.add(c);
            }
        }
        return labels.ofCenters(centers);
    }

    @Override
    @Transactional
    public InquiryLabel define(StaffMember actor, CenterId center, String name) {
        if (center == null || !actor.canSee(center)) {
            throw new InquiryException(Reason.FORBIDDEN, "forbidden", "labels of your own center only");
        }
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty() || clean.length() > NAME_LENGTH) {
            throw new InquiryException(Reason.INVALID, "label_name",
                    "a label has 1 to " + NAME_LENGTH + " characters");
        }
        return labels.define(center, clean, actor.username(), Instant.now());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<InquiryLabel>> on(Collection<Long> inquiryIds) {
        return labels.on(inquiryIds);
    }

    @Override
    @Transactional
    public void apply(StaffMember actor, long inquiryId, long labelId) {
        InquiryRow row = access.visible(actor, inquiryId);
        InquiryLabel label = labelOf(row, labelId);
        if (labels.apply(inquiryId, label.id())) {
            audit.record(actor.username(), "LABEL_ADD", InquiryService.SUBJECT, String.valueOf(inquiryId),
                    label.name());
            events.publishEvent(new InquiryChanged(inquiryId, row.inquiry().center(), InquiryChanged.Kind.LABELS));
        }
    }

    @Override
    @Transactional
    public InquiryLabel apply(StaffMember actor, long inquiryId, String name) {
        InquiryLabel label = define(actor, access.visible(actor, inquiryId).inquiry().center(), name);
        apply(actor, inquiryId, label.id());
        return label;
    }

    @Override
    @Transactional
    public void remove(StaffMember actor, long inquiryId, long labelId) {
        InquiryRow row = access.visible(actor, inquiryId);
        InquiryLabel label = labelOf(row, labelId);
        if (labels.remove(inquiryId, label.id())) {
            audit.record(actor.username(), "LABEL_REMOVE", InquiryService.SUBJECT, String.valueOf(inquiryId),
                    label.name());
            events.publishEvent(new InquiryChanged(inquiryId, row.inquiry().center(), InquiryChanged.Kind.LABELS));
        }
    }

    /** One of the inquiry's center's labels. */
    private InquiryLabel labelOf(InquiryRow row, long labelId) {
        return labels.byId(labelId).filter(l -> l.center() == row.inquiry().center())
                .orElseThrow(() -> new InquiryException(Reason.INVALID, "label",
                        "label " + labelId + " is not one of this inquiry's center"));
    }
}
