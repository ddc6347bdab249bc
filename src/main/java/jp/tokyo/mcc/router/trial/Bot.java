package jp.tokyo.mcc.router.trial;

import java.time.Duration;
import java.util.Map;

/** The bot as a family meets it, for scripted dialogues: in memory (trials, fast tests) or over signed webhooks. */
public interface Bot {

    Shown follow(String user);

    Shown text(String user, String text);

    Shown postback(String user, String data);

    Shown sticker(String user);

    Shown image(String user);

    /** Unfollow: nothing is answered. */
    void unfollow(String user);

    Shown unsend(String user);

    /** Makes the family's last activity {@code silence} older (a long silence). */
    void age(String user, Duration silence);

    /** The family's stored state, as {@code flow:state}. */
    String state(String user);

    Map<String, Object> slots(String user);

    /** A new family's user id. */
    default String newUser() {
        return "U" + java.util.UUID.randomUUID().toString().replace("-", "");
    }

    /** The family's LINE profile says this language ({@code en}, {@code ja}, {@code fr}...), as if LINE had been asked. */
    default void profileLanguage(String user, String lineLanguage) {
        throw new UnsupportedOperationException("this bot cannot set a profile language");
    }

    /** The engine is built again from the stored states (a restart); unsupported bots throw. */
    default void restart() {
        throw new UnsupportedOperationException("this bot cannot restart");
    }
}
