package jp.tokyo.mcc.inquiry;

import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.safety.SafetyAssessment;

/**
 * A family's events while they have an open inquiry, as the router hands them over: their messages and taps go to
 * the counsellor instead of the bot, and the transcript notes when they block or re-add the account. Both run inside
 * the dispatcher's transaction for the event.
 */
public interface OpenInquiries {

    /**
     * A message or a tap ({@link IncomingEvent.Kind#MESSAGE}, {@link IncomingEvent.Kind#POSTBACK}). When the family
     * has an open inquiry, it takes the event: adds it to the transcript (text, or a note that a sticker / image / ...
     * was sent), answers 「相談を終える」 by closing it, sends at most one out-of-hours notice a day, and otherwise stays
     * quiet. Returns false when the family has no open inquiry (the bot answers), and for other kinds of events.
     *
     * @param safety what the safety net made of the text: with an alert (the router sends it), the inquiry records
     *               it, is flagged and sends nothing; with a reminder only, the reminder is the bot's one line (with
     *               the out-of-hours notice when one is due)
     */
    boolean takeOver(IncomingEvent event, SafetyAssessment safety);

    /**
     * As {@link #takeOver(IncomingEvent, SafetyAssessment)}, but an event that {@code leaveToBot} accepts is left to the bot
     * although an inquiry is open (the family's request to erase their data and its confirmation). An implementation
     * that can tell cheaply whether the family has an open inquiry asks the predicate only then (the default asks it
     * first).
     */
    default boolean takeOver(IncomingEvent event, SafetyAssessment safety,
                             java.util.function.Predicate<IncomingEvent> leaveToBot) {
        return !leaveToBot.test(event) && takeOver(event, safety);
    }

    /**
     * The family blocked ({@link IncomingEvent.Kind#UNFOLLOW}) or added the account again
     * ({@link IncomingEvent.Kind#FOLLOW}): noted in their open inquiry's transcript, if they have one. The
     * conversation still sees these events (it ends, or greets).
     */
    void noteFollowChange(IncomingEvent event);
}
