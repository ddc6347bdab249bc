package jp.tokyo.mcc.safety.internal.languages;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/** The administrators' words for the languages' safety files, from {@code messages/safety.properties}. */
final class Problems {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages.safety", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Problems() {
    }

    static String text(String key, Object... args) {
        Object[] texts = Arrays.stream(args).map(String::valueOf).toArray();
        return new MessageFormat(BUNDLE.getString("safety.language." + key), Locale.ROOT).format(texts);
    }
}
