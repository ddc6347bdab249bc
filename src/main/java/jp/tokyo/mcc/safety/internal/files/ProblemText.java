package jp.tokyo.mcc.safety.internal.files;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The administrators' words for the problems of the safety files, from {@code messages/safety.properties} (Japanese:
 * they are read on the status page and in the log by the people who edit {@code flows/safety/}).
 */
final class ProblemText {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages.safety", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private ProblemText() {
    }

    /** The text of {@code safety.<key>}, with its {0}, {1}... filled in (numbers as plain digits). */
    static String of(String key, Object... args) {
        String pattern = BUNDLE.getString("safety." + key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] texts = Arrays.stream(args).map(String::valueOf).toArray();
        return new MessageFormat(pattern, Locale.ROOT).format(texts);
    }
}
