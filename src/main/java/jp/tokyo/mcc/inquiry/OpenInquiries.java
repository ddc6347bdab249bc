package jp.tokyo.mcc.inquiry;

import jp.tokyo.mcc.line.IncomingEvent;

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
     * @param answeredBySafety the safety net answers this event (an emergency): record it, send nothing
     */
    boolean takeOver(IncomingEvent event, boolean answeredBySafety);

    /**
     * The family blocked ({@link IncomingEvent.Kind#UNFOLLOW}) or added the account again
     * ({@link IncomingEvent.Kind#FOLLOW}): noted in their open inquiry's transcript, if they have one. The
     * conversation still sees these events (it ends, or greets).
     */
    void noteFollowChange(IncomingEvent event);
}
