package jp.tokyo.mcc.inquiry.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jp.tokyo.mcc.calendar.CalendarProperties;
import jp.tokyo.mcc.calendar.CenterCalendar;
import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.HandoffReceipt;
import jp.tokyo.mcc.conversation.HandoffRequest;
import jp.tokyo.mcc.conversation.TranscriptLine;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.directory.Directory;
import jp.tokyo.mcc.directory.Municipality;
import jp.tokyo.mcc.inquiry.InquiryChanged;
import jp.tokyo.mcc.inquiry.InquiryMessage.Author;
import jp.tokyo.mcc.safety.SafetyCheck;
import jp.tokyo.mcc.staff.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * The counsellors' desk as the conversation sees it: opens inquiries from handoffs (a family's events while their
 * inquiry is open: {@link OpenInquiryEvents}). The family's lines of the transcript are read by the safety net again:
 * an inquiry whose transcript had an emergency, a crisis, urgent doubt or a disaster is flagged for the counsellors.
 */
@Component
class InquiryCounsellorDesk implements CounsellorDesk {

    static final String FAMILY = "family";
    private static final Logger log = LoggerFactory.getLogger(InquiryCounsellorDesk.class);

    private final InquiryRows store;
    private final InquiryNumbers numbers;
    private final InquiryTexts texts;
    private final CenterCalendar calendar;
    private final ZoneId zone;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Supplier<Directory> directory;
    private final Supplier<SafetyCheck> safety;
    private final ConsentVersions consents;

    InquiryCounsellorDesk(InquiryRows store, InquiryNumbers numbers, InquiryTexts texts, CenterCalendar calendar,
                          CalendarProperties calendarProperties, AuditLog audit,
                          ApplicationEventPublisher events, ObjectProvider<Directory> directory,
                          ObjectProvider<SafetyCheck> safety, ConsentVersions consents) {
        this.store = store;
        this.numbers = numbers;
        this.texts = texts;
        this.calendar = calendar;
        this.zone = calendarProperties.zone();
        this.audit = audit;
        this.events = events;
        this.directory = SingletonSupplier.of(directory::getIfAvailable);
        this.safety = SingletonSupplier.of(safety::getIfAvailable);
        this.consents = consents;
    }

    @Override
    @Transactional
    public HandoffReceipt open(HandoffRequest request) {
        Instant now = Instant.now();
        CenterId center = route(request);
        String number = numbers.next(center, now.atZone(zone).getYear());
        Integer consent = request.consentText() == null || request.consentText().isBlank() ? null
                : consents.versionOf(request.consentText(), now);
        long id = store.insert(new InquiryRows.NewInquiry(number, center, request.userId(), request.category(),
                request.municipality(), request.childAge(), request.medicalCare(), request.concern(),
                request.contactMethod() == null ? null : request.contactMethod().name(), request.phone(),
                request.callTimes(), request.extra(), request.summary(), now, calendar.firstAnswerDue(now), consent,
                consent == null ? null : request.consentedAt() == null ? now : request.consentedAt()));
        SafetyCheck check = safety.get();
        List<String> flags = new ArrayList<>();
        for (TranscriptLine line : request.transcript()) {
            if (line.text() != null && !line.text().isBlank()) {
                boolean family = line.author() == TranscriptLine.Author.FAMILY;
                List<String> tiers = family && check != null ? SafetyFlags.of(check.assess(line.text())) : List.of();
                store.addMessage(id, family ? Author.FAMILY : Author.BOT, null, line.text(),
                        line.at() == null ? now : line.at(), tiers);
                flags = SafetyFlags.merge(flags, tiers);
            }
        }
        store.flag(id, flags);
        store.addMessage(id, Author.SYSTEM, null, texts.get("inquiry.system.opened", number), now);
        audit.record(FAMILY, "OPEN", InquiryService.SUBJECT, String.valueOf(id), number + " " + center.code()
                + (consent == null ? "" : ", consent v" + consent));
        events.publishEvent(new InquiryChanged(id, center, InquiryChanged.Kind.OPENED));
        log.info("inquiry {} opened at center {}", number, center.code());
        // the receipt is read by the family: in their language
        jp.tokyo.mcc.shared.Language language = texts.languageOf(request.userId());
        String nextAnswer = calendar.isOpen(now) ? texts.forFamily(language, "inquiry.next-answer.open")
                : calendar.in(language.locale()).describeNextAnswer(now);
        return new HandoffReceipt(number, texts.centerName(center), nextAnswer);
    }

    /** The request's center; else the municipality's (directory); else 区部, the larger center. */
    private CenterId route(HandoffRequest request) {
        if (request.center() != null) {
            return request.center();
        }
        Directory d = directory.get();
        if (d != null && request.municipality() != null) {
            try {
                return d.municipality(request.municipality()).map(Municipality::center).orElse(CenterId.KUBU);
            } catch (RuntimeException e) {
                log.warn("directory could not route a handoff: {}", e.getClass().getSimpleName());
            }
        }
        return CenterId.KUBU;
    }
}
