package jp.tokyo.mcc.conversation.internal.moves;

import java.util.Optional;
import java.util.regex.Pattern;

import jp.tokyo.mcc.conversation.internal.flow.Ask;
import jp.tokyo.mcc.conversation.internal.flow.FlowVocabulary;
import jp.tokyo.mcc.conversation.internal.flow.SlotType;
import jp.tokyo.mcc.conversation.internal.slots.ChildAge;
import jp.tokyo.mcc.conversation.internal.slots.OptionMatcher;
import jp.tokyo.mcc.conversation.internal.slots.PhoneNumber;
import jp.tokyo.mcc.conversation.internal.slots.TextNormalizer;
import jp.tokyo.mcc.conversation.internal.slots.YesNo;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;
import jp.tokyo.mcc.directory.Directory;
import jp.tokyo.mcc.directory.PlaceMatch;

/**
 * Whether a text the safety net answered is also the family's answer to the question they were asked, so that
 * nothing they wrote is lost: a municipality, an age, a phone number, an option or yes / no that can be read from it,
 * or, for the concern of a handoff, the text itself (a family that writes of its fear is describing its concern).
 * Other free-text questions (a grade, call times) are asked again instead.
 */
public final class FittingAnswer {

    private static final Pattern PARTS = Pattern.compile("[。．.！!？?、，,\\n]+");

    private FittingAnswer() {
    }

    /**
     * The part of the text that answers the question: the whole text, else the first of its sentences or clauses
     * (split at 。！？、 and line breaks) that does (「3歳です。けいれんが止まりません」 answers the age with 3歳です).
     */
    public static Optional<String> answer(TurnContext t, Ask a, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (fits(t, a, text)) {
            return Optional.of(text);
        }
        if (a.type() == SlotType.TEXT) {
            return Optional.empty(); // a free-text answer is the whole text or nothing
        }
        for (String part : PARTS.split(text)) {
            if (!part.isBlank() && fits(t, a, part.strip())) {
                return Optional.of(part.strip());
            }
        }
        return Optional.empty();
    }

    private static boolean fits(TurnContext t, Ask a, String text) {
        if (a.type() == null || text == null || text.isBlank()) {
            return false;
        }
        return switch (a.type()) {
            case TEXT -> FlowVocabulary.CONCERN.equals(a.slot()) && text.strip().codePointCount(0, text.strip().length())
                    <= (a.maxLength() != null ? a.maxLength() : FlowVocabulary.DEFAULT_TEXT_LENGTH);
            case AGE -> ChildAge.parse(text).isPresent();
            case PHONE -> PhoneNumber.parse(text).isPresent();
            case YES_NO -> YesNo.parse(text).isPresent();
            case CHOICE -> OptionMatcher.one(text, Questions.labels(a)).isPresent();
            case MULTI_CHOICE -> TextNormalizer.key(text).equals(TextNormalizer.key(Questions.doneLabel(t, a)))
                    || !OptionMatcher.all(text, Questions.labels(a)).isEmpty();
            case MUNICIPALITY -> {
                Directory directory = t.directory();
                PlaceMatch match = directory == null ? null : directory.match(text);
                yield match instanceof PlaceMatch.Found || match instanceof PlaceMatch.Suggestion;
            }
        };
    }
}
