package jp.tokyo.mcc.console.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.tokyo.mcc.staff.AuditEntry;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * The audit log in Japanese words ({@code console.audit.*}): what was done, by whom (the system's own actors named),
 * to what, and the details the modules write in a technical form. Codes nobody has words for yet show as they are.
 */
@Component("auditWords")
public class AuditWords {

    /** The actions the filter offers, in this order. */
    static final List<String> ACTIONS = List.of("VIEW", "VIEW_ATTACHMENT", "OPEN", "CLAIM", "ASSIGN", "REPLY", "NOTE", "DELIVERY_RETRY",
            "LABEL_ADD", "LABEL_REMOVE", "TRANSFER", "CLOSE", "ANONYMISE", "ERASE", "ACCOUNT_CREATE", "ACCOUNT_ENABLE",
            "ACCOUNT_DISABLE", "PASSWORD_CHANGE", "PASSWORD_RESET", "FILE_DRAFT", "FILE_DRAFT_DISCARD", "FILE_PUBLISH",
            "FILE_ROLLBACK", "AUDIT_EXPORT");

    private static final Pattern CHARACTERS = Pattern.compile("(\\d+) characters");
    private static final Pattern ENTRIES = Pattern.compile("(\\d+) entries");
    private static final Pattern MOVED = Pattern.compile("(kubu|tama) -> (kubu|tama)");
    private static final Pattern MESSAGE = Pattern.compile("message (\\d+)");
    private static final Pattern ATTACHMENT = Pattern.compile("attachment (\\d+)");
    private static final Pattern OPENED = Pattern.compile("([A-Z]-\\d{4}-\\d+) (kubu|tama)");
    private static final Pattern VERSION = Pattern.compile("version (\\d+)(.*)");

    private final ConsoleMessages messages;

    AuditWords(ConsoleMessages messages) {
        this.messages = messages;
    }

    public List<String> actions() {
        return ACTIONS;
    }

    public String action(String code) {
        return word("audit.action." + code, code);
    }

    public String actor(String actor) {
        return word("audit.actor." + actor, actor);
    }

    /** E.g. 相談 #12, アカウント sato. */
    public String subject(AuditEntry e) {
        String type = word("audit.subject." + e.subjectType(), e.subjectType());
        if (e.subjectId() == null) {
            return type;
        }
        return "inquiry".equals(e.subjectType()) || "delivery".equals(e.subjectType())
                ? type + " #" + e.subjectId() : type + " " + e.subjectId();
    }

    public String detail(String detail) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        Matcher m;
        if ((m = CHARACTERS.matcher(detail)).matches()) {
            return messages.get("audit.detail.characters", m.group(1));
        }
        if ((m = ENTRIES.matcher(detail)).matches()) {
            return messages.get("audit.detail.entries", m.group(1));
        }
        if ((m = MOVED.matcher(detail)).matches()) {
            return messages.get("audit.detail.moved", center(m.group(1)), center(m.group(2)));
        }
        if ((m = MESSAGE.matcher(detail)).matches()) {
            return messages.get("audit.detail.message", m.group(1));
        }
        if ((m = ATTACHMENT.matcher(detail)).matches()) {
            return messages.get("audit.detail.attachment", m.group(1));
        }
        if ((m = OPENED.matcher(detail)).matches()) {
            return messages.get("audit.detail.opened", m.group(1), center(m.group(2)));
        }
        if ((m = VERSION.matcher(detail)).matches()) {
            return messages.get("audit.detail.version", m.group(1), m.group(2).replaceFirst("^,\\s*", "").strip());
        }
        return word("audit.detail." + detail.replace(' ', '-').replace("'", ""), detail);
    }

    private String center(String code) {
        return messages.get("center." + code);
    }

    private String word(String key, String otherwise) {
        if (otherwise == null) {
            return "";
        }
        try {
            return messages.get(key);
        } catch (NoSuchMessageException | IllegalArgumentException unknown) {
            return otherwise;
        }
    }
}
