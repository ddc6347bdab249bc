package jp.tokyo.mcc.conversation.internal.engine;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jp.tokyo.mcc.shared.Language;

/** Conversation states in memory (the very objects the engine saved), for trials and tests. */
public class InMemoryConversationStates implements ConversationStates {

    private final Map<String, ConversationState> states = new HashMap<>();
    private final Map<String, FamilyLanguage> languages = new HashMap<>();

    @Override
    public synchronized Optional<ConversationState> load(String userId) {
        ConversationState s = states.get(userId);
        if (s != null && languages.containsKey(userId)) {
            s.familyLanguage(languages.get(userId));
        }
        return Optional.ofNullable(s);
    }

    @Override
    public synchronized void save(ConversationState state) {
        states.put(state.userId(), state);
        if (state.languageChosenNow()) {
            languages.put(state.userId(), state.familyLanguage());
        }
    }

    @Override
    public synchronized Optional<FamilyLanguage> language(String userId) {
        return Optional.ofNullable(languages.get(userId));
    }

    @Override
    public synchronized void profileLanguage(String userId, Language language, Instant now) {
        FamilyLanguage known = languages.getOrDefault(userId, FamilyLanguage.UNKNOWN);
        if (known.chosen() || known.stored() != null) {
            return;
        }
        languages.put(userId, new FamilyLanguage(language, false, known.attempts() + 1));
    }

    /** Forgets the family (their data was erased). */
    public synchronized void delete(String userId) {
        states.remove(userId);
        languages.remove(userId);
    }
}
