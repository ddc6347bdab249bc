package jp.tokyo.mcc.inquiry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jp.tokyo.mcc.calendar.CalendarProperties;
import jp.tokyo.mcc.calendar.CenterCalendar;
import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.HandoverReceipt;
import jp.tokyo.mcc.conversation.HandoverRequest;
import jp.tokyo.mcc.conversation.TranscriptLine;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.directory.Directory;
import jp.tokyo.mcc.directory.Municipality;
import jp.tokyo.mcc.inquiry.InquiryChanged;
import jp.tokyo.mcc.inquiry.InquiryMessage.Author;
import jp.tokyo.mcc.line.ChatAction;
import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.line.Outbox;
import jp.tokyo.mcc.line.OutgoingMessage;
import jp.tokyo.mcc.staff.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counsellors' desk as the conversation sees it: opens inquiries from hand-overs and, while a family has an
 * open inquiry, takes their messages into its transcript (the bot stays quiet but for a daily out-of-hours notice
 * and the answer to 「相談を終える」).
 */
@Component
class InquiryCounsellorDesk implements CounsellorDesk {

    static final String FAMILY = "family";
    private static final Logger log = LoggerFactory.getLogger(InquiryCounsellorDesk.class);

    private final InquiryStore store;
    private final InquiryNumbers numbers;
    private final InquiryTexts texts;
    private final CenterCalendar calendar;
    private final ZoneId zone;
    private final Outbox outbox;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<Directory> directory;

    InquiryCounsellorDesk(InquiryStore store, InquiryNumbers numbers, InquiryTexts texts, CenterCalendar calendar,
                          CalendarProperties calendarProperties, Outbox outbox, AuditLog audit,
                          ApplicationEventPublisher events, ObjectProvider<Directory> directory) {
        this.store = store;
        this.numbers = numbers;
        this.texts = texts;
        this.calendar = calendar;
        this.zone = calendarProperties.zone();
        this.outbox = outbox;
        this.audit = audit;
        this.events = events;
        this.directory = directory;
    }

    @Override
    @Transactional
    public HandoverReceipt open(HandoverRequest request) {
        Instant now = Instant.now();
        CenterId center = route(request);
        String number = numbers.next(center, now.atZone(zone).getYear());
        long id = store.insert(new InquiryStore.NewInquiry(number, center, request.userId(), request.category(),
                request.municipality(), request.childAge(), request.medicalCare(), request.concern(),
                request.contactMethod() == null ? null : request.contactMethod().name(), request.phone(),
                request.callTimes(), request.extra(), request.summary(), now, calendar.firstAnswerDue(now)));
        for (TranscriptLine line : request.transcript()) {
            if (line.text() != null && !line.text().isBlank()) {
                store.addMessage(id, line.author() == TranscriptLine.Author.FAMILY ? Author.FAMILY : Author.BOT, null,
                        line.text(), line.at() == null ? now : line.at());
            }
        }
        store.addMessage(id, Author.SYSTEM, null, texts.get("inquiry.system.opened", number), now);
        audit.record(FAMILY, "OPEN", InquiryService.SUBJECT, String.valueOf(id), number + " " + center.code());
        events.publishEvent(new InquiryChanged(id, center, InquiryChanged.Kind.OPENED));
        log.info("inquiry {} opened at center {}", number, center.code());
        String nextAnswer = calendar.isOpen(now) ? texts.get("inquiry.next-answer.open") : calendar.describeNextAnswer(now);
        return new HandoverReceipt(number, texts.centerName(center), nextAnswer);
    }

    /** The request's center; else the municipality's (directory); else 区部, the larger center. */
    private CenterId route(HandoverRequest request) {
        if (request.center() != null) {
            return request.center();
        }
        Directory d = directory.getIfAvailable();
        if (d != null && request.municipality() != null) {
            try {
                return d.municipality(request.municipality()).map(Municipality::center).orElse(CenterId.KUBU);
            } catch (RuntimeException e) {
                log.warn("directory could not route a hand-over: {}", e.getClass().getSimpleName());
            }
        }
        return CenterId.KUBU;
    }

    @Override
    @Transactional
    public boolean takeOver(IncomingEvent event, boolean alreadyAnswered) {
        if (event.userId() == null) {
            return false;
        }
        InquiryRow row = store.openFor(event.userId()).orElse(null);
        if (row == null) {
            return false;
        }
        long id = row.id();
        Instant now = Instant.now();
        Instant at = event.timestamp() == null ? now : event.timestamp();
        boolean fromFamily = true;
        switch (event.kind()) {
            case MESSAGE -> {
                if (event.isText()) {
                    store.addMessage(id, Author.FAMILY, null, event.text(), at);
                    if (!alreadyAnswered && texts.isEndWord(event.text())) {
                        closeByFamily(row, event, now);
                        return true;
                    }
                } else {
                    store.addMessage(id, Author.FAMILY, null, texts.messageNote(event.messageType()), at);
                }
            }
            case POSTBACK -> store.addMessage(id, Author.FAMILY, null,
                    texts.get("inquiry.note.postback", String.valueOf(event.postbackData())), at);
            case FOLLOW, UNFOLLOW -> {
                return true; // noted by noteFollowChange, which sees these events whoever handles the conversation
            }
            case UNSEND -> {
                store.addMessage(id, Author.SYSTEM, null, texts.get("inquiry.note.unsend"), at);
                fromFamily = false;
            }
            default -> {
                store.addMessage(id, Author.SYSTEM, null, texts.get("inquiry.note.other"), at);
                fromFamily = false;
            }
        }
        if (alreadyAnswered) {
            store.addMessage(id, Author.SYSTEM, null, texts.get("inquiry.note.emergency-answered"), now);
        }
        if (fromFamily) {
            store.familyWrote(id, now);
        } else {
            store.touch(id, now);
        }
        if (fromFamily && !alreadyAnswered && !calendar.isOpen(now) && store.markNotice(id, today(now))) {
            String notice = texts.get("inquiry.out-of-hours", calendar.describeNextAnswer(now));
            outbox.reply(event, List.of(new OutgoingMessage.Text(notice)));
            store.addMessage(id, Author.BOT, null, notice, now);
        }
        events.publishEvent(new InquiryChanged(id, row.inquiry().center(), InquiryChanged.Kind.FAMILY_MESSAGE));
        return true;
    }

    /**
     * Notes in the open inquiry's transcript that the family blocked (unfollowed) or added the account again; the
     * conversation does not pass these events to {@link #takeOver}.
     */
    @Transactional
    void noteFollowChange(IncomingEvent event) {
        if (event.userId() == null) {
            return;
        }
        store.openFor(event.userId()).ifPresent(row -> {
            Instant now = Instant.now();
            String key = event.kind() == IncomingEvent.Kind.UNFOLLOW ? "inquiry.note.unfollow" : "inquiry.note.follow";
            store.addMessage(row.id(), Author.SYSTEM, null, texts.get(key),
                    event.timestamp() == null ? now : event.timestamp());
            store.touch(row.id(), now);
            events.publishEvent(new InquiryChanged(row.id(), row.inquiry().center(), InquiryChanged.Kind.FAMILY_MESSAGE));
        });
    }

    private void closeByFamily(InquiryRow row, IncomingEvent event, Instant now) {
        long id = row.id();
        store.close(id, FAMILY, texts.get("inquiry.system.closed-by-family"), now);
        store.addMessage(id, Author.SYSTEM, null, texts.get("inquiry.system.closed-by-family"), now);
        String answer = texts.get("inquiry.family-ended");
        outbox.reply(event, List.of(new OutgoingMessage.Text(answer,
                List.of(ChatAction.message(texts.get("inquiry.menu-label"))))));
        store.addMessage(id, Author.BOT, null, answer, now);
        audit.record(FAMILY, "CLOSE", InquiryService.SUBJECT, String.valueOf(id), "by the family");
        events.publishEvent(new InquiryChanged(id, row.inquiry().center(), InquiryChanged.Kind.CLOSED));
    }

    private LocalDate today(Instant now) {
        return now.atZone(zone).toLocalDate();
    }
}
