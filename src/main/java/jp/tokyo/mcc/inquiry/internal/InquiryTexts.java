package jp.tokyo.mcc.inquiry.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.conversation.Conversations;
import jp.tokyo.mcc.directory.Directory;
import jp.tokyo.mcc.shared.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/** The module's texts from {@code messages/inquiry.properties}, and center names (directory first). */
@Component
class InquiryTexts {

    private final MessageSource messages;
    private final Supplier<Directory> directory;
    private final Supplier<Conversations> conversations;

    InquiryTexts(MessageSource messages, ObjectProvider<Directory> directory,
                 ObjectProvider<Conversations> conversations) {
        this.messages = messages;
        this.directory = SingletonSupplier.of(directory::getIfAvailable);
        this.conversations = SingletonSupplier.of(conversations::getIfAvailable);
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, Locale.JAPAN);
    }

    /** The language the family reads (Japanese without the conversation module). */
    Language languageOf(String userId) {
        Conversations c = conversations.get();
        return c == null || userId == null ? Language.JA : c.language(userId);
    }

    /** A text for the family, in their language ({@code inquiry_en.properties}...; Japanese where there is none). */
    String forFamily(Language language, String key, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }

    String centerName(CenterId center) {
        Directory d = directory.get();
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
        for (Language l : Language.values()) {
            if (Arrays.stream(forFamily(l, "inquiry.end-words").split(",")).map(String::strip)
                    .anyMatch(trimmed::equalsIgnoreCase)) {
                return true;
            }
        }
        return false;
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
