package jp.tokyo.mcc.richmenu.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The administrators' words for a rich-menu.yaml's problems ({@code messages/richmenu}, keys {@code richmenu.file.*}). */
final class RichMenuTexts {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages/richmenu", Locale.JAPANESE);

    private RichMenuTexts() {
    }

    static String get(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString("richmenu.file." + key), Locale.JAPANESE).format(args);
    }
}
