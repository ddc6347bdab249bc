package jp.tokyo.mcc.conversation.internal.moves;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jp.tokyo.mcc.conversation.internal.flow.Command;
import jp.tokyo.mcc.conversation.internal.slots.TextNormalizer;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;
import jp.tokyo.mcc.line.IncomingEvent;

/** Global commands of the flow files (「メニュー」, 「相談員と話したい」...): recognising one, and carrying it out. */
public final class Commands {

    /** Comparison keys of the flows' command words (a small set), computed once instead of on every message. */
    private static final ConcurrentHashMap<String, String> COMMAND_KEYS = new ConcurrentHashMap<>();

    private Commands() {
    }

    /** The command whose words the text is (after normalising width, spaces and punctuation). */
    public static Optional<Command> matching(TurnContext t, String text) {
        String key = TextNormalizer.key(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (Command c : t.live().commands().values()) {
            for (String word : c.match()) {
                if (COMMAND_KEYS.computeIfAbsent(word, TextNormalizer::key).equals(key)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code cmd:<name>} postbacks (for a rich menu) start a global command. */
    public static Optional<Command> fromPostback(TurnContext t) {
        IncomingEvent event = t.event();
        String data = event.postbackData();
        if (event.kind() == IncomingEvent.Kind.POSTBACK && data != null && data.startsWith("cmd:")) {
            return t.live().command(data.substring(4));
        }
        return Optional.empty();
    }

    /** Forgets what the command clears, says what it says, and goes where it leads (else shows the question again). */
    public static void apply(TurnContext t, Command c) {
        t.state().pending(null);
        t.clearSlots(c.clear());
        c.say().forEach(t::say);
        if (c.to() != null) {
            Navigation.enter(t, c.to(), true);
        } else {
            Navigation.reshow(t);
        }
    }
}
