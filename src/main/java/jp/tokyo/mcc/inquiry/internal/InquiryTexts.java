package jp.tokyo.mcc.inquiry.internal;

import java.util.Arrays;
import java.util.Locale;

import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.directory.Directory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** The module's texts from {@code messages/inquiry.properties}, and center names (directory first). */
@Component
class InquiryTexts {

    private final MessageSource messages;
    private final ObjectProvider<Directory> directory;

    InquiryTexts(MessageSource messages, ObjectProvider<Directory> directory) {
        this.messages = messages;
        this.directory = directory;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, Locale.JAPAN);
    }

    String centerName(CenterId center) {
        Directory d = directory.getIfAvailable();
        if (d != null) {
            try {
                String name = d.center(center).name();
                if (name != null && !name.isBlank()) {
                    return name;
                }
            } catch (RuntimeException e) {
                // the directory's data is not there: fall back to the bundle
            }
        }
        return get("inquiry.center." + center.code());
    }

    /** Whether the family's text asks to end the talk with counsellors (「相談を終える」). */
    boolean isEndWord(String text) {
        if (text == null) {
            return false;
        }
        String trimmed = text.strip();
        return Arrays.stream(get("inquiry.end-words").split(",")).map(String::strip).anyMatch(trimmed::equals);
    }

    /** The transcript note for a message that is not text (sticker, image ...). */
    String messageNote(String messageType) {
        try {
            return messages.getMessage("inquiry.note." + messageType, null, Locale.JAPAN);
        } catch (NoSuchMessageException e) {
            return get("inquiry.note.message", String.valueOf(messageType));
        }
    }
}
