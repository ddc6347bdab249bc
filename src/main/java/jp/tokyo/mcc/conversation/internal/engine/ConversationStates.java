package jp.tokyo.mcc.conversation.internal.engine;

import java.util.Optional;

/** Where conversation states are kept (a table; in memory in unit tests). */
public interface ConversationStates {

    Optional<ConversationState> load(String userId);

    void save(ConversationState state);
}
