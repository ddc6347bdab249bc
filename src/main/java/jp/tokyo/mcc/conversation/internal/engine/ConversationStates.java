package jp.tokyo.mcc.conversation.internal.engine;

import java.time.Instant;
import java.util.Optional;

import jp.tokyo.mcc.shared.Language;

/**
 * Where conversation states are kept (a table; in memory in unit tests), with the family's language (read with the
 * state: no query of its own per message).
 */
public interface ConversationStates {

    Optional<ConversationState> load(String userId);

    /** Stores the state, and the family's language when they chose one ({@link ConversationState#languageChosenNow}). */
    void save(ConversationState state);

    /** The family's language alone (a family without a stored conversation: new, or erased). */
    Optional<FamilyLanguage> language(String userId);

    /**
     * Notes what LINE's profile said: a language (null: LINE could not be asked, one more attempt counted). Never
     * overrides a language the family chose, nor one already known.
     */
    void profileLanguage(String userId, Language language, Instant now);
}
