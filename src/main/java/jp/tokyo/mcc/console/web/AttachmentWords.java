package jp.tokyo.mcc.console.web;

import java.util.Locale;

import jp.tokyo.mcc.inquiry.InquiryAttachment;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * What a family sent, in a counsellor's words ({@code console.attachment.*}): what it is and how large, or why it was
 * not kept (too large, a type not allowed, no longer at LINE...), or that it is still being fetched.
 */
@Component("attachmentWords")
public class AttachmentWords {

    private final ConsoleMessages messages;

    AttachmentWords(ConsoleMessages messages) {
        this.messages = messages;
    }

    /** E.g. 写真（1.2 MB）, or a file's own name with its size. */
    public String label(InquiryAttachment a) {
        String what = a.fileName() != null && !a.fileName().isBlank() ? a.fileName()
                : messages.get("attachment.kind." + a.type());
        return a.size() == null ? what : messages.get("attachment.label", what, size(a.size()));
    }

    /** The state in words; for one not kept, why. */
    public String status(InquiryAttachment a) {
        if (a.state() == InquiryAttachment.State.PENDING) {
            return messages.get("attachment.pending");
        }
        if (a.problem() == null) {
            return "";
        }
        try {
            return messages.get("attachment.problem." + a.problem());
        } catch (NoSuchMessageException unknown) {
            return messages.get("attachment.problem.other");
        }
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
