package jp.tokyo.mcc.console.web;

import java.util.Locale;

import jp.tokyo.mcc.inquiry.InquiryException;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** The console's Japanese wording from {@code messages/console.properties} (keys {@code console.*}). */
@Component
class ConsoleMessages {

    private final MessageSource messages;

    ConsoleMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** A text; arguments are passed as texts (so that numbers are not grouped: 送信 #1234). */
    String get(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return messages.getMessage("console." + key, texts.length == 0 ? null : texts, Locale.JAPAN);
    }

    /** Why an inquiry action was refused. */
    String refused(InquiryException e) {
        try {
            return get("refused." + e.code());
        } catch (NoSuchMessageException unknown) {
            return get("refused.other");
        }
    }
}
