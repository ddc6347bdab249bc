package jp.tokyo.mcc.conversation.internal.flow;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The wording of a flow file's problems, for the administrators who fix them: Japanese, from the conversation
 * module's bundle ({@code messages/conversation}, keys {@code conversation.file.*}).
 */
public final class FlowMessages {

    private static final String PREFIX = "conversation.file.";
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages/conversation", Locale.JAPANESE);

    private FlowMessages() {
    }

    public static String text(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(PREFIX + key), Locale.JAPANESE).format(args);
    }

    /** A part of a flow file as the bundle names it ({@code what.<key>}), or the key itself (a YAML key such as say). */
    static String what(String key) {
        try {
            return BUNDLE.getString(PREFIX + "what." + key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Where a problem is: in a state. */
    public static String state(String id) {
        return text("where.state", id);
    }

    /** Where a problem is: in a command (all commands for ""). */
    public static String command(String name) {
        return name.isEmpty() ? text("where.commands") : text("where.command", name);
    }
}
