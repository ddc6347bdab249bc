package jp.tokyo.mcc.conversation.internal.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Conversation states in memory (the very objects the engine saved), for trials and tests. */
public class InMemoryConversationStates implements ConversationStates {

    private final Map<String, ConversationState> states = new HashMap<>();

    @Override
    public synchronized Optional<ConversationState> load(String userId) {
        return Optional.ofNullable(states.get(userId));
    }

    @Override
    public synchronized void save(ConversationState state) {
        states.put(state.userId(), state);
    }

    /** Forgets the family (their data was erased). */
    public synchronized void delete(String userId) {
        states.remove(userId);
    }
}
