package jp.tokyo.mcc.knowledge;

import java.util.List;

/**
 * How the FAQ served families in a period, in counts only (no family's words, no LINE user id): the "did this help?"
 * replies, per entry and in all, and how many questions it could not answer.
 *
 * @param helpful    replies "it helped"
 * @param notHelpful replies "it did not help"
 * @param unanswered questions no entry fitted
 * @param entries    per entry, the entries with the most "did not help" first
 */
public record FaqUse(long helpful, long notHelpful, long unanswered, List<FaqReports.EntryFeedback> entries) {

    public FaqUse {
        entries = List.copyOf(entries);
    }

    /** The share of replies that said it helped, in percent (null without replies). */
    public Long helpfulPercent() {
        long replies = helpful + notHelpful;
        return replies == 0 ? null : Math.round(100.0 * helpful / replies);
    }
}
