package jp.tokyo.mcc.conversation;

import java.time.Duration;
import java.util.Map;

/** A conversation kept in memory for a trial (see {@link ConversationTrials}); it answers as the real one. */
public interface TrialConversation extends Conversations {

    /** Where the family is: {@code flow:state}, {@code ended}, or {@code none}. */
    String state(String userId);

    /** The family's answers so far. */
    Map<String, Object> slots(String userId);

    /** Makes the family's last activity {@code silence} older (a long silence). */
    void age(String userId, Duration silence);

    /** The engine is built again over the kept states (as after a restart). */
    void restart();

    /** The family's LINE profile says this language (as if LINE had been asked): {@code en}, {@code ja}, {@code fr}... */
    void profileLanguage(String userId, String lineLanguage);
}
