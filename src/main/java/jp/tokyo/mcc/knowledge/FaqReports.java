package jp.tokyo.mcc.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * What administrators see of the FAQ's use: what families asked that it could not answer, answers families said
 * did not help, and the feedback (helpful / not) per entry. Contains families' words: administrators only.
 */
public interface FaqReports {

    /**
     * Families' questions without a good answer, the most asked first.
     *
     * @param text      what the family wrote (normalized: full-width letters, spaces)
     * @param entryId   for a not-helpful answer, the entry that was shown; null when nothing was found
     * @param count     how many times it was asked
     * @param lastAsked when it was last asked
     */
    record Gap(String text, String entryId, long count, Instant lastAsked) {
        public boolean unanswered() {
            return entryId == null;
        }
    }

    /**
     * Families' feedback on one entry.
     *
     * @param entryId    the entry's id
     * @param question   its question, or null when the entry no longer exists
     * @param helpful    how many said it helped
     * @param notHelpful how many said it did not
     */
    record EntryFeedback(String entryId, String question, long helpful, long notHelpful) {
        public long total() {
            return helpful + notHelpful;
        }
    }

    /** Questions the FAQ did not answer (no entry fitted), the most asked first, at most {@code limit}. */
    List<Gap> unanswered(int limit);

    /** Questions whose answer the family said did not help, the most frequent first, at most {@code limit}. */
    List<Gap> notHelpful(int limit);

    /** The feedback per entry, the entries with the most "did not help" first. */
    List<EntryFeedback> feedbackByEntry();

    /** The FAQ's use between {@code from} (inclusive) and {@code to} (exclusive), in counts only (for reports). */
    FaqUse use(Instant from, Instant to);
}
