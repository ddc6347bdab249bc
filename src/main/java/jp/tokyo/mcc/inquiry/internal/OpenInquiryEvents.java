package jp.tokyo.mcc.inquiry.internal;

import jp.tokyo.mcc.shared.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;

import jp.tokyo.mcc.calendar.CalendarProperties;
import jp.tokyo.mcc.calendar.CenterCalendar;
import jp.tokyo.mcc.inquiry.InquiryChanged;
import jp.tokyo.mcc.inquiry.InquiryMessage.Author;
import jp.tokyo.mcc.inquiry.OpenInquiries;
import jp.tokyo.mcc.line.ChatAction;
import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.line.Outbox;
import jp.tokyo.mcc.line.OutgoingMessage;
import jp.tokyo.mcc.safety.SafetyAssessment;
import jp.tokyo.mcc.staff.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * While a family has an open inquiry, their messages and taps go into its transcript (the bot stays quiet but for a
 * daily out-of-hours notice and the answer to 「相談を終える」), and blocks and re-adds of the account are noted.
 */
@Component
class OpenInquiryEvents implements OpenInquiries {

    private final InquiryRows store;
    private final InquiryTexts texts;
    private final CenterCalendar calendar;
    private final ZoneId zone;
    private final Outbox outbox;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final AttachmentIntake attachments;
    private final FamilyReadMarks readMarks;

    OpenInquiryEvents(InquiryRows store, InquiryTexts texts, CenterCalendar calendar,
                      CalendarProperties calendarProperties, Outbox outbox, AuditLog audit,
                      ApplicationEventPublisher events, AttachmentIntake attachments,
                      FamilyReadMarks readMarks) {
        this.store = store;
        this.texts = texts;
        this.calendar = calendar;
        this.zone = calendarProperties.zone();
        this.outbox = outbox;
        this.audit = audit;
        this.events = events;
        this.attachments = attachments;
        this.readMarks = readMarks;
    }

    @Override
    @Transactional
    public boolean takeOver(IncomingEvent event, SafetyAssessment safety) {
        return takeOver(event, safety, e -> false);
    }

    /** The predicate is asked only when the family has an open inquiry (the router's usual case costs nothing more). */
    @Override
    @Transactional
    public boolean takeOver(IncomingEvent event, SafetyAssessment safety, Predicate<IncomingEvent> leaveToBot) {
        SafetyAssessment safe = safety == null ? SafetyAssessment.NOTHING : safety;
        boolean answeredBySafety = safe.alert() != null;
        boolean messageOrTap = event.kind() == IncomingEvent.Kind.MESSAGE
                || event.kind() == IncomingEvent.Kind.POSTBACK;
        if (!messageOrTap || event.userId() == null) {
            return false;
        }
        InquiryRow row = store.openFor(event.userId()).orElse(null);
        if (row == null || leaveToBot.test(event)) {
            return false;
        }
        long id = row.id();
        Instant now = Instant.now();
        Instant at = event.timestamp() == null ? now : event.timestamp();
        String aboutMedia = null; // what the family is told about what they sent (a file too large to keep)
        if (event.kind() == IncomingEvent.Kind.POSTBACK) {
            store.addMessage(id, Author.FAMILY, null,
                    texts.get("inquiry.note.postback", String.valueOf(event.postbackData())), at);
        } else if (event.isText()) {
            List<String> flags = SafetyFlags.of(safe);
            store.addMessage(id, Author.FAMILY, null, event.text(), at, flags);
            store.flag(id, flags);
            if (!answeredBySafety && texts.isEndWord(event.text())) {
                closeByFamily(row, event, now);
                return true;
            }
        } else {
            long line = store.addMessage(id, Author.FAMILY, null, texts.messageNote(event.messageType()), at).id();
            if (event.hasMedia()) {
                aboutMedia = attachments.received(id, line, event, now);
            }
        }
        if (answeredBySafety) {
            store.addMessage(id, Author.SYSTEM, null, texts.get("inquiry.note.emergency-answered",
                    texts.get("inquiry.safety." + safe.alert().tier().name())), now);
            for (String sent : safe.alert().messagesWithCounsellor()) {
                store.addMessage(id, Author.BOT, null, sent, now); // what the router sends, for the counsellor
            }
        }
        store.familyWrote(id, now);
        readMarks.noted(row, event);
        List<OutgoingMessage> reply = new java.util.ArrayList<>();
        if (aboutMedia != null) {
            reply.add(new OutgoingMessage.Text(aboutMedia));
            store.addMessage(id, Author.BOT, null, aboutMedia, now);
        }
        Language language = texts.languageOf(row.userId());
        String reminder = safe.in(language).reminder();
        if (!answeredBySafety && reminder != null) {
            reply.add(new OutgoingMessage.Text(reminder));
            store.addMessage(id, Author.BOT, null, reminder, now);
        }
        // at most once a conversation day, and not when a counsellor wrote that day: the family knows someone reads
        if (!answeredBySafety && !calendar.isOpen(now)
                && !store.staffWroteSince(id, today(now).atStartOfDay(zone).toInstant())
                && store.markNotice(id, today(now))) {
            String notice = texts.forFamily(language, "inquiry.out-of-hours",
                    calendar.in(language.locale()).describeNextAnswer(now));
            reply.add(new OutgoingMessage.Text(notice));
            store.addMessage(id, Author.BOT, null, notice, now);
        }
        if (!reply.isEmpty()) {
            outbox.reply(event, reply);
        }
        events.publishEvent(new InquiryChanged(id, row.inquiry().center(), InquiryChanged.Kind.FAMILY_MESSAGE));
        return true;
    }

    @Override
    @Transactional
    public void noteFollowChange(IncomingEvent event) {
        boolean followChange = event.kind() == IncomingEvent.Kind.UNFOLLOW
                || event.kind() == IncomingEvent.Kind.FOLLOW;
        if (!followChange || event.userId() == null) {
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
        store.close(id, InquiryCounsellorDesk.FAMILY, texts.get("inquiry.system.closed-by-family"), now);
        store.addMessage(id, Author.SYSTEM, null, texts.get("inquiry.system.closed-by-family"), now);
        Language language = texts.languageOf(row.userId());
        String answer = texts.forFamily(language, "inquiry.family-ended");
        outbox.reply(event, List.of(new OutgoingMessage.Text(answer,
                List.of(ChatAction.message(texts.forFamily(language, "inquiry.menu-label"))))));
        store.addMessage(id, Author.BOT, null, answer, now);
        audit.record(InquiryCounsellorDesk.FAMILY, "CLOSE", InquiryService.SUBJECT, String.valueOf(id), "by the family");
        events.publishEvent(new InquiryChanged(id, row.inquiry().center(), InquiryChanged.Kind.CLOSED));
    }

    private LocalDate today(Instant now) {
        return now.atZone(zone).toLocalDate();
    }
}
