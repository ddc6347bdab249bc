package jp.tokyo.mcc.conversation.dialogue;

import java.time.Duration;
import java.util.Map;

/** The bot as a family meets it, for scripted dialogues: in-process (fast) or over signed webhooks. */
public interface Bot {

    Shown follow(String user);

    Shown text(String user, String text);

    Shown postback(String user, String data);

    Shown sticker(String user);

    Shown image(String user);

    /** Unfollow / unsend: nothing is answered. */
    void unfollow(String user);

    Shown unsend(String user);

    /** Makes the family's last activity {@code silence} older (a long silence). */
    void age(String user, Duration silence);

    /** The family's stored state, as {@code flow:state}. */
    String state(String user);

    Map<String, Object> slots(String user);

    /** The engine is built again from the tables (a restart); unsupported bots throw. */
    default void restart() {
        throw new UnsupportedOperationException("this bot cannot restart");
    }
}
