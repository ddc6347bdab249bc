package jp.tokyo.mcc.router;

import java.util.List;
import java.util.function.Supplier;

import jp.tokyo.mcc.conversation.Conversations;
import jp.tokyo.mcc.inquiry.OpenInquiries;
import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.line.Outbox;
import jp.tokyo.mcc.line.OutgoingMessage;
import jp.tokyo.mcc.safety.SafetyAlert;
import jp.tokyo.mcc.safety.SafetyAssessment;
import jp.tokyo.mcc.safety.SafetyCheck;
import jp.tokyo.mcc.shared.Edition;
import org.springframework.context.event.EventListener;

/**
 * Decides who answers each family event, in this order:
 * <ol>
 *   <li>the safety net reads every text, in any state: an emergency, a parent in crisis, urgent doubt or a disaster
 *       now is answered first, whoever answers the rest;</li>
 *   <li>a family with an open inquiry talks to the counsellor: the inquiry takes their messages and taps, with what
 *       the safety net found (its answer, if any, is the bot's only word; the inquiry is flagged), and notes when
 *       they block or re-add the account; but a request to erase their data, and its confirmation, is the
 *       conversation's;</li>
 *   <li>otherwise the guided conversation answers (with the safety net's answer first, or its one-line reminder
 *       above the normal answer).</li>
 * </ol>
 * Everything it calls reads the administrator files of the event's {@link Edition} (the drafts for a simulator family
 * on drafts, the published files for everyone else).
 * Runs synchronously inside the dispatcher's transaction for the event (one event at a time per family), so what
 * each step stores and the one reply in the outbox are committed together. Modules that are missing (safety,
 * inquiry) are skipped, and the bot still answers.
 */
public class EventRouter {

    private final Supplier<SafetyCheck> safety;
    private final Supplier<OpenInquiries> openInquiries;
    private final Conversations conversations;
    private final Outbox outbox;
    private final RouterMeters meters;

    public EventRouter(Supplier<SafetyCheck> safety, Supplier<OpenInquiries> openInquiries,
                       Conversations conversations, Outbox outbox) {
        this(safety, openInquiries, conversations, outbox, RouterMeters.NONE);
    }

    EventRouter(Supplier<SafetyCheck> safety, Supplier<OpenInquiries> openInquiries, Conversations conversations,
                Outbox outbox, RouterMeters meters) {
        this.meters = meters;
        this.safety = safety;
        this.openInquiries = openInquiries;
        this.conversations = conversations;
        this.outbox = outbox;
    }

    /** Routes an event; a simulator family on drafts is answered from the administrators' drafts ({@link Edition}). */
    @EventListener
    public void route(IncomingEvent event) {
        long started = System.nanoTime();
        Edition.forChat(event.userId()).run(() -> routeInEdition(event));
        meters.routed(event, started);
    }

    private void routeInEdition(IncomingEvent event) {
        SafetyAssessment safe = assess(event);
        meters.assessed(safe);
        SafetyAlert alert = safe.alert();
        OpenInquiries inquiries = openInquiries.get();
        if (inquiries != null) {
            switch (event.kind()) {
                case MESSAGE, POSTBACK -> {
                    // the family's request to erase their data (and its confirmation) is the bot's to answer
                    if (inquiries.takeOver(event, safe, conversations::claims)) {
                        if (alert != null) {
                            // in the family's language (read only when there is something to say)
                            SafetyAlert theirs = safe.in(conversations.language(event.userId())).alert();
                            outbox.reply(event, texts(theirs.messagesWithCounsellor()));
                        }
                        conversations.noteActivity(event.userId());
                        return;
                    }
                }
                case FOLLOW, UNFOLLOW -> inquiries.noteFollowChange(event);
                default -> {
                }
            }
        }
        conversations.answer(event, safe);
    }

    private SafetyAssessment assess(IncomingEvent event) {
        SafetyCheck check = safety.get();
        if (!event.isText() || check == null) {
            return SafetyAssessment.NOTHING;
        }
        return check.assess(event.text());
    }

    private static List<OutgoingMessage> texts(List<String> texts) {
        return texts.stream().map(t -> (OutgoingMessage) new OutgoingMessage.Text(t)).toList();
    }
}
