package jp.tokyo.mcc.console.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The administrator files pages' texts (Japanese, from the console's message bundle). */
@Component
class FilesMessages {

    private final MessageSource messages;

    FilesMessages(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return messages.getMessage("console." + key, args, Locale.JAPANESE);
    }

    static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
