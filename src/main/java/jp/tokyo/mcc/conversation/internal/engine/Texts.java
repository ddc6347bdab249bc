package jp.tokyo.mcc.conversation.internal.engine;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The engine's own family-facing texts, from {@code messages/conversation.properties} (keys {@code conversation.*}).
 * Texts with {@code {0}} take arguments; texts with named placeholders such as {@code {kubu.phone}} are read as
 * written and rendered by {@link Placeholders}.
 */
public class Texts {

    private final MessageSource messages;

    public Texts(MessageSource messages) {
        this.messages = messages;
    }

    public String get(String key, Object... args) {
        return messages.getMessage("conversation." + key, args.length == 0 ? null : args, Locale.JAPAN);
    }
}
