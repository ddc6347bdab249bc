package jp.tokyo.mcc.line;

import java.util.ArrayList;
import java.util.List;

/**
 * LINE's limits, enforced in one place before anything is sent. Predictable rules: a text over 5000
 * characters is split (at the last line break, else the last sentence end, else hard) into consecutive texts,
 * its quick replies staying on the last part; more than 5 messages become consecutive requests of at most 5.
 * Anything else that breaks a limit (labels, number of choices, postback data, buttons) is refused with a
 * {@link MessageLimitException}, because cutting it would change its meaning.
 */
public final class OutgoingMessages {

    private OutgoingMessages() {
    }

    /** Checks and splits; returns the requests to send, in order, each with 1-5 messages. */
    public static List<List<OutgoingMessage>> prepare(List<OutgoingMessage> messages) {
        if (messages == null || messages.isEmpty()) {
            throw new MessageLimitException("nothing to send");
        }
        List<OutgoingMessage> expanded = new ArrayList<>();
        for (OutgoingMessage message : messages) {
            check(message);
            if (message instanceof OutgoingMessage.Text text && text.text().length() > LineLimits.TEXT_LENGTH) {
                List<String> parts = splitText(text.text(), LineLimits.TEXT_LENGTH);
                for (int i = 0; i < parts.size(); i++) {
                    boolean last = i == parts.size() - 1;
                    expanded.add(new OutgoingMessage.Text(parts.get(i), last ? text.quickReplies() : List.of()));
                }
            } else {
                expanded.add(message);
            }
        }
        List<List<OutgoingMessage>> requests = new ArrayList<>();
        for (int i = 0; i < expanded.size(); i += LineLimits.MESSAGES_PER_REQUEST) {
            requests.add(List.copyOf(expanded.subList(i, Math.min(expanded.size(), i + LineLimits.MESSAGES_PER_REQUEST))));
        }
        return requests;
    }

    /** Refuses a message that breaks a limit that cannot be fixed by splitting. */
    public static void check(OutgoingMessage message) {
        checkActions(message.quickReplies(), LineLimits.QUICK_REPLY_ITEMS, "quick replies");
        if (message instanceof OutgoingMessage.Text text) {
            if (text.text() == null || text.text().isBlank()) {
                throw new MessageLimitException("a text message is empty");
            }
        } else if (message instanceof OutgoingMessage.Buttons buttons) {
            if (buttons.actions().isEmpty()) {
                throw new MessageLimitException("a buttons message has no buttons");
            }
            checkActions(buttons.actions(), LineLimits.BUTTONS_ACTIONS, "buttons");
            requireLength(buttons.altText(), 1, LineLimits.ALT_TEXT_LENGTH, "alternative text");
            boolean titled = buttons.title() != null && !buttons.title().isEmpty();
            if (titled) {
                requireLength(buttons.title(), 1, LineLimits.BUTTONS_TITLE_LENGTH, "buttons title");
            }
            requireLength(buttons.text(), 1,
                    titled ? LineLimits.BUTTONS_TEXT_WITH_TITLE_LENGTH : LineLimits.BUTTONS_TEXT_LENGTH, "buttons text");
        } else if (message instanceof OutgoingMessage.Card card) {
            requireLength(card.altText(), 1, LineLimits.ALT_TEXT_LENGTH, "alternative text");
            FlexCards.check(card.contents());
        }
    }

    private static void checkActions(List<ChatAction> actions, int max, String what) {
        if (actions.size() > max) {
            throw new MessageLimitException("too many " + what + ": " + actions.size() + " (at most " + max + ")");
        }
        for (ChatAction action : actions) {
            requireLength(action.label(), 1, LineLimits.ACTION_LABEL_LENGTH, "label \"" + action.label() + "\"");
            if (action.kind() == ChatAction.Kind.POSTBACK) {
                requireLength(action.data(), 1, LineLimits.POSTBACK_DATA_LENGTH, "postback data");
                if (action.text() != null) {
                    requireLength(action.text(), 1, LineLimits.ACTION_TEXT_LENGTH, "display text");
                }
            } else {
                requireLength(action.text(), 1, LineLimits.ACTION_TEXT_LENGTH, "action text");
            }
        }
    }

    private static void requireLength(String value, int min, int max, String what) {
        int length = value == null ? 0 : value.codePointCount(0, value.length());
        if (length < min || length > max) {
            throw new MessageLimitException(what + " must be " + min + "-" + max + " characters (is " + length + ")");
        }
    }

    /** Splits a long text into parts of at most {@code max} chars, preferring line breaks, then sentence ends. */
    static List<String> splitText(String text, int max) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf('\n', max);
            if (cut < max / 2) {
                cut = Math.max(rest.lastIndexOf('。', max - 1), rest.lastIndexOf('.', max - 1)) + 1;
            }
            if (cut < max / 2) {
                cut = max;
                if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
                    cut--;
                }
            }
            parts.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).replaceFirst("^\n", "");
        }
        if (!rest.isBlank()) {
            parts.add(rest);
        }
        return parts;
    }
}
