package jp.tokyo.mcc.inquiry.internal;

import jp.tokyo.mcc.shared.Language;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.inquiry.CannedReply;
import jp.tokyo.mcc.inquiry.StatusCounts;
import jp.tokyo.mcc.inquiry.Inquiries;
import jp.tokyo.mcc.inquiry.Inquiry;
import jp.tokyo.mcc.inquiry.InquiryChanged;
import jp.tokyo.mcc.inquiry.InquiryDetails;
import jp.tokyo.mcc.inquiry.InquiryException;
import jp.tokyo.mcc.inquiry.InquiryFacets;
import jp.tokyo.mcc.inquiry.InquiryQuery;
import jp.tokyo.mcc.inquiry.InquiryException.Reason;
import jp.tokyo.mcc.inquiry.InquiryMessage;
import jp.tokyo.mcc.inquiry.InquiryMessage.Author;
import jp.tokyo.mcc.inquiry.InquiryStatus;
import jp.tokyo.mcc.line.ChatAction;
import jp.tokyo.mcc.line.LineLimits;
import jp.tokyo.mcc.line.MessageLimitException;
import jp.tokyo.mcc.line.Outbox;
import jp.tokyo.mcc.line.OutgoingMessage;
import jp.tokyo.mcc.records.ErasureReport;
import jp.tokyo.mcc.records.ErasureRequest;
import jp.tokyo.mcc.records.FamilyErasure;
import jp.tokyo.mcc.staff.AuditLog;
import jp.tokyo.mcc.staff.StaffMember;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff actions on inquiries, with the access rules and the audit in one place. */
@Service
class InquiryService implements Inquiries {

    static final String SUBJECT = "inquiry";
    static final int LIST_LIMIT = 500;

    private final InquiryRows store;
    private final InquirySearches searches;
    private final InquiryReadings readings;
    private final InquiryTexts texts;
    private final CannedReplies canned;
    private final Outbox outbox;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ConsentVersions consents;
    private final ObjectProvider<FamilyErasure> erasure;
    private final AttachmentRows attachments;
    private final FamilyReadMarks readMarks;

    InquiryService(InquiryRows store, InquirySearches searches, InquiryReadings readings, InquiryTexts texts,
                   CannedReplies canned, Outbox outbox, AuditLog audit, ApplicationEventPublisher events,
                   ConsentVersions consents, ObjectProvider<FamilyErasure> erasure, AttachmentRows attachments,
                   FamilyReadMarks readMarks) {
        this.store = store;
        this.searches = searches;
        this.readings = readings;
        this.texts = texts;
        this.canned = canned;
        this.outbox = outbox;
        this.audit = audit;
        this.events = events;
        this.consents = consents;
        this.erasure = erasure;
        this.attachments = attachments;
        this.readMarks = readMarks;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Inquiry> list(StaffMember actor, CenterId center, InquiryStatus status, boolean mine) {
        return store.list(new InquiryRows.Filter(centers(actor, center), status, mine ? actor.username() : null,
                mine && status == null, LIST_LIMIT));
    }

    @Override
    @Transactional(readOnly = true)
    public StatusCounts counts(StaffMember actor, CenterId center) {
        Set<CenterId> centers = centers(actor, center);
        return new StatusCounts(
                store.count(new InquiryRows.Filter(centers, InquiryStatus.NEW, null, false, 0)),
                store.count(new InquiryRows.Filter(centers, null, actor.username(), true, 0)),
                store.count(new InquiryRows.Filter(centers, InquiryStatus.IN_PROGRESS, null, false, 0)),
                store.count(new InquiryRows.Filter(centers, InquiryStatus.WAITING_FAMILY, null, false, 0)),
                store.count(new InquiryRows.Filter(centers, InquiryStatus.CLOSED, null, false, 0)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Inquiry> search(StaffMember actor, InquiryQuery query) {
        return searches.find(centers(actor, query.center()), query, actor.username(), LIST_LIMIT);
    }

    @Override
    @Transactional(readOnly = true)
    public InquiryFacets facets(StaffMember actor, CenterId center) {
        return searches.facets(centers(actor, center));
    }

    /** The centers the actor may list: a counsellor's own, an administrator's choice (null: both). */
    private static Set<CenterId> centers(StaffMember actor, CenterId center) {
        if (center != null) {
            if (!actor.canSee(center)) {
                throw new InquiryException(Reason.FORBIDDEN, "forbidden",
                        "you can see the inquiries of your own center only");
            }
            return EnumSet.of(center);
        }
        if (actor.isAdmin()) {
            return EnumSet.allOf(CenterId.class);
        }
        return actor.center() == null ? EnumSet.noneOf(CenterId.class) : EnumSet.of(actor.center());
    }

    @Override
    @Transactional(readOnly = true)
    public long resolve(StaffMember actor, String idOrNumber) {
        String key = idOrNumber == null ? "" : idOrNumber.strip();
        Long id = key.matches("\\d{1,18}") ? Long.valueOf(key) : store.idByNumber(key).orElse(null);
        if (id == null) {
            throw notFound(key);
        }
        return visible(actor, id).id();
    }

    @Override
    @Transactional
    public InquiryDetails get(StaffMember actor, long id) {
        InquiryRow row = visible(actor, id);
        audit.record(actor.username(), "VIEW", SUBJECT, String.valueOf(id), null);
        readings.read(id, actor.username(), Instant.now());
        readMarks.opened(row, actor);
        return details(row);
    }

    @Override
    public Language familyLanguage(StaffMember actor, long id) {
        InquiryRow row = visible(actor, id);
        return row.userId() == null ? Language.JA : texts.languageOf(row.userId());
    }

    @Override
    @Transactional
    public InquiryDetails refresh(StaffMember actor, long id) {
        InquiryRow row = visible(actor, id);
        readings.read(id, actor.username(), Instant.now());
        readMarks.opened(row, actor);
        return details(row);
    }

    /** The inquiry with its transcript (what the family sent beside their lines), and the consent they agreed to. */
    private InquiryDetails details(InquiryRow row) {
        Integer consent = row.inquiry().consentVersion();
        var sent = attachments.ofInquiry(row.id());
        List<InquiryMessage> lines = store.messages(row.id()).stream()
                .map(m -> sent.containsKey(m.id()) ? m.withAttachments(sent.get(m.id())) : m).toList();
        return new InquiryDetails(row.inquiry(), lines,
                consent == null ? null : consents.get(consent).orElse(null));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> unread(StaffMember actor, Collection<Long> ids) {
        return readings.unreadByHolder(ids, actor.username());
    }

    @Override
    @Transactional
    public Inquiry claim(StaffMember actor, long id) {
        InquiryRow row = visible(actor, id);
        requireOpen(row);
        Inquiry inquiry = row.inquiry();
        if (actor.username().equals(inquiry.ownerUsername())) {
            return inquiry;
        }
        if (inquiry.isClaimed() || !store.claim(id, actor.username(), actor.displayName(), Instant.now())) {
            Inquiry now = store.byId(id).orElseThrow().inquiry();
            if (actor.username().equals(now.ownerUsername())) {
                return now;
            }
            throw new InquiryException(Reason.CONFLICT, "claimed",
                    "another staff member holds this inquiry: " + now.ownerName());
        }
        store.addMessage(id, Author.SYSTEM, null, texts.get("inquiry.system.claimed", actor.displayName()), Instant.now());
        audit.record(actor.username(), "CLAIM", SUBJECT, String.valueOf(id), null);
        events.publishEvent(new InquiryChanged(id, inquiry.center(), InquiryChanged.Kind.CLAIMED));
        return store.byId(id).orElseThrow().inquiry();
    }

    @Override
    @Transactional
    public InquiryMessage reply(StaffMember actor, long id, String text) {
        InquiryRow row = visible(actor, id);
        requireOpen(row);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new InquiryException(Reason.INVALID, "empty", "the message is empty");
        }
        if (body.length() > LineLimits.TEXT_LENGTH) {
            throw new InquiryException(Reason.INVALID, "too_long", "a LINE message has at most "
                    + LineLimits.TEXT_LENGTH + " characters (this one has " + body.length() + ")");
        }
        Inquiry inquiry = row.inquiry();
        boolean ownedByOther = inquiry.isClaimed() && !actor.username().equals(inquiry.ownerUsername());
        if (ownedByOther && !actor.isAdmin()) {
            throw new InquiryException(Reason.CONFLICT, "claimed",
                    "another staff member holds this inquiry: " + inquiry.ownerName());
        }
        if (!inquiry.isClaimed()) {
            claim(actor, id);
        }
        Instant now = Instant.now();
        List<Long> batches;
        try {
            batches = outbox.push(row.userId(), List.of(new OutgoingMessage.Text(texts.get("inquiry.staff-reply", body))),
                    Outbox.Origin.STAFF);
        } catch (MessageLimitException e) {
            throw new InquiryException(Reason.INVALID, "line_limit", e.getMessage());
        }
        InquiryMessage message = store.addMessage(id, Author.STAFF, actor.displayName(), body, now);
        if (!batches.isEmpty()) {
            store.linkBatch(message.id(), batches.get(0));
        }
        store.answered(id, now);
        audit.record(actor.username(), "REPLY", SUBJECT, String.valueOf(id), body.length() + " characters");
        events.publishEvent(new InquiryChanged(id, inquiry.center(), InquiryChanged.Kind.STAFF_REPLY));
        return message;
    }

    @Override
    @Transactional
    public InquiryMessage note(StaffMember actor, long id, String text) {
        InquiryRow row = visible(actor, id);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new InquiryException(Reason.INVALID, "empty", "the note is empty");
        }
        if (body.length() > 10000) {
            throw new InquiryException(Reason.INVALID, "too_long", "a note has at most 10000 characters");
        }
        Instant now = Instant.now();
        InquiryMessage message = store.addMessage(id, Author.NOTE, actor.displayName(), body, now);
        store.touch(id, now);
        audit.record(actor.username(), "NOTE", SUBJECT, String.valueOf(id), null);
        events.publishEvent(new InquiryChanged(id, row.inquiry().center(), InquiryChanged.Kind.NOTE));
        return message;
    }

    @Override
    @Transactional
    public Inquiry transfer(StaffMember actor, long id, CenterId to, String note) {
        InquiryRow row = visible(actor, id);
        requireOpen(row);
        if (to == null) {
            throw new InquiryException(Reason.INVALID, "center", "center must be kubu or tama");
        }
        Inquiry inquiry = row.inquiry();
        if (inquiry.center() == to) {
            return inquiry;
        }
        Instant now = Instant.now();
        if (!store.transfer(id, to, now)) {
            throw closed();
        }
        String memo = note == null || note.isBlank() ? "" : texts.get("inquiry.system.transfer-note", note.strip());
        store.addMessage(id, Author.SYSTEM, actor.displayName(), texts.get("inquiry.system.transferred",
                texts.centerName(inquiry.center()), texts.centerName(to), memo), now);
        outbox.push(row.userId(), List.of(new OutgoingMessage.Text(texts.forFamily(texts.languageOf(row.userId()),
                "inquiry.transferred", inquiry.number(), texts.centerName(to)))), Outbox.Origin.STAFF);
        audit.record(actor.username(), "TRANSFER", SUBJECT, String.valueOf(id),
                inquiry.center().code() + " -> " + to.code());
        events.publishEvent(new InquiryChanged(id, to, inquiry.center(), InquiryChanged.Kind.TRANSFERRED));
        return store.byId(id).orElseThrow().inquiry();
    }

    @Override
    @Transactional
    public Inquiry close(StaffMember actor, long id, String outcome) {
        InquiryRow row = visible(actor, id);
        requireOpen(row);
        String result = outcome == null || outcome.isBlank() ? null : outcome.strip();
        Instant now = Instant.now();
        if (!store.close(id, actor.username(), result, now)) {
            throw closed();
        }
        store.addMessage(id, Author.SYSTEM, actor.displayName(), result == null
                ? texts.get("inquiry.system.closed-no-outcome") : texts.get("inquiry.system.closed", result), now);
        Language language = texts.languageOf(row.userId());
        outbox.push(row.userId(), List.of(new OutgoingMessage.Text(
                texts.forFamily(language, "inquiry.closed-by-staff", row.inquiry().number()),
                List.of(ChatAction.message(texts.forFamily(language, "inquiry.menu-label"))))), Outbox.Origin.STAFF);
        audit.record(actor.username(), "CLOSE", SUBJECT, String.valueOf(id), null);
        events.publishEvent(new InquiryChanged(id, row.inquiry().center(), InquiryChanged.Kind.CLOSED));
        return store.byId(id).orElseThrow().inquiry();
    }

    @Override
    @Transactional
    public ErasureReport erase(StaffMember actor, long id) {
        InquiryRow row = visible(actor, id);
        if (!actor.isAdmin()) {
            throw new InquiryException(Reason.FORBIDDEN, "forbidden", "only administrators erase a family's data");
        }
        if (row.userId() == null) {
            throw new InquiryException(Reason.CONFLICT, "erased", "this inquiry's family was already erased");
        }
        FamilyErasure erasure = this.erasure.getIfAvailable();
        if (erasure == null) {
            throw new InquiryException(Reason.CONFLICT, "unavailable", "erasure is not available");
        }
        Language language = texts.languageOf(row.userId()); // read before it is erased with the rest
        ErasureReport report = erasure.erase(row.userId(), ErasureRequest.byStaff(actor.username(), id));
        // told after the erasure, so that the notice is not erased with the rest
        outbox.push(row.userId(), List.of(new OutgoingMessage.Text(texts.forFamily(language,
                "inquiry.erased-on-request"))), Outbox.Origin.STAFF);
        return report;
    }

    @Override
    public List<CannedReply> cannedReplies() {
        return canned.all();
    }

    @Override
    public String centerName(CenterId center) {
        return texts.centerName(center);
    }

    /** The inquiry if the actor may see it; another center's inquiry is "not found" to a counsellor. */
    private InquiryRow visible(StaffMember actor, long id) {
        InquiryRow row = store.byId(id).orElseThrow(() -> notFound(String.valueOf(id)));
        if (!actor.canSee(row.inquiry().center())) {
            throw notFound(String.valueOf(id));
        }
        return row;
    }

    private static void requireOpen(InquiryRow row) {
        if (!row.inquiry().status().isOpen()) {
            throw closed();
        }
    }

    private static InquiryException closed() {
        return new InquiryException(Reason.CONFLICT, "closed", "the inquiry is closed");
    }

    private static InquiryException notFound(String id) {
        return new InquiryException(Reason.NOT_FOUND, "not_found", "no inquiry " + id + " that you can see");
    }
}
