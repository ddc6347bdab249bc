package jp.tokyo.mcc.knowledge;

import jp.tokyo.mcc.shared.Language;
import java.util.List;
import java.util.Optional;

/** Japanese search over the FAQ, and the families' feedback on answers. */
public interface FaqSearch {

    /** The best entries for a family's words, best first, at most {@code max}; only confident ones are marked so. */
    List<FaqHit> search(String text, int max);

    /**
     * The answer to a family's words: one entry that clearly wins, two or three genuinely close ones, or nothing.
     * The words are analysed once.
     */
    default FaqAnswer answer(String text) {
        return FaqAnswer.fromHits(search(text, 3));
    }

    /** The entry with its question and answer in a language (as it is, where it has no translation). */
    default FaqEntry in(FaqEntry entry, Language language) {
        return entry;
    }

    /** Whether the entry's answer has a translation in a language (Japanese: always). */
    default boolean translated(FaqEntry entry, Language language) {
        return language == null || language.isJapanese();
    }

    /** The entry with this id, or with this former id (buttons sent before an entry was renamed). */
    Optional<FaqEntry> entry(String id);

    /** Stores whether an answer helped (no user id, no message text). */
    void recordFeedback(String entryId, boolean resolved);

    /**
     * Stores whether an answer helped; when it did not and the family's question is known, keeps it (their words and
     * LINE user id) for administrators ({@link FaqReports}).
     */
    default void recordFeedback(String entryId, boolean resolved, String userId, String askedText) {
        recordFeedback(entryId, resolved);
    }

    /** Keeps what a family asked that nothing in the FAQ answered (their words and LINE user id), for administrators. */
    default void recordUnanswered(String userId, String text) {
    }
}
