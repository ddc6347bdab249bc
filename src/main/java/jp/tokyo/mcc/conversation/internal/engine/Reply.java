package jp.tokyo.mcc.conversation.internal.engine;

import java.util.ArrayList;
import java.util.List;

import jp.tokyo.mcc.line.ChatAction;
import jp.tokyo.mcc.line.LineLimits;
import jp.tokyo.mcc.line.OutgoingMessage;

/**
 * The answer to one event being put together: texts and buttons, and the offers they carry. Offers become postback
 * actions with the data {@code c:<turn>:<index>}; the turn is known only when the reply is finished. FAQ buttons
 * carry {@code faq:<entry id>} instead, and answer whenever they are tapped.
 */
public final class Reply {

    private sealed interface Draft permits TextDraft, ButtonsDraft, CardDraft {
    }

    private record CardDraft(String altText, String contents, List<Integer> quick) implements Draft {
    }

    private record TextDraft(String text, List<Integer> quick) implements Draft {
    }

    private record ButtonsDraft(String title, String text, List<Integer> actions, List<Integer> quick) implements Draft {
    }

    private final List<Draft> drafts = new ArrayList<>();
    private final List<Offer> offers = new ArrayList<>();

    public boolean isEmpty() {
        return drafts.isEmpty();
    }

    public List<Offer> offers() {
        return List.copyOf(offers);
    }

    public void text(String text) {
        text(text, List.of());
    }

    public void text(String text, List<Offer> quickReplies) {
        if (text == null || text.isBlank()) {
            if (!quickReplies.isEmpty()) {
                attach(quickReplies);
            }
            return;
        }
        drafts.add(new TextDraft(text, indexes(quickReplies)));
    }

    public void buttons(String title, String text, List<Offer> actions, List<Offer> quickReplies) {
        drafts.add(new ButtonsDraft(title, text, indexes(actions), indexes(quickReplies)));
    }

    /** A Flex card ({@code contents}: its JSON) that reads as {@code altText} where cards are not shown. */
    public void card(String altText, String contents) {
        drafts.add(new CardDraft(altText, contents, List.of()));
    }

    /** Adds quick replies to the last message (they only show under the last message of a reply). */
    public void attach(List<Offer> quickReplies) {
        if (quickReplies.isEmpty() || drafts.isEmpty()) {
            return;
        }
        int last = drafts.size() - 1;
        List<Integer> more = indexes(quickReplies);
        if (drafts.get(last) instanceof TextDraft t) {
            drafts.set(last, new TextDraft(t.text(), join(t.quick(), more)));
        } else if (drafts.get(last) instanceof ButtonsDraft b) {
            drafts.set(last, new ButtonsDraft(b.title(), b.text(), b.actions(), join(b.quick(), more)));
        } else if (drafts.get(last) instanceof CardDraft c) {
            drafts.set(last, new CardDraft(c.altText(), c.contents(), join(c.quick(), more)));
        }
    }

    /** The texts as the transcript keeps them. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Draft d : drafts) {
            if (d instanceof TextDraft t) {
                lines.add(t.text());
            } else if (d instanceof CardDraft c) {
                lines.add(c.altText());
            } else {
                lines.add(((ButtonsDraft) d).text());
            }
        }
        return lines;
    }

    /** The messages, at most 5 (plain texts are joined when there are more), offers as postbacks of {@code turn}. */
    public List<OutgoingMessage> finish(int turn) {
        List<Draft> list = new ArrayList<>(drafts);
        while (list.size() > LineLimits.MESSAGES_PER_REQUEST) {
            boolean merged = false;
            for (int i = 0; i < list.size() - 1 && !merged; i++) {
                if (list.get(i) instanceof TextDraft a && a.quick().isEmpty() && list.get(i + 1) instanceof TextDraft b) {
                    list.set(i, new TextDraft(a.text() + "\n\n" + b.text(), b.quick()));
                    list.remove(i + 1);
                    merged = true;
                }
            }
            if (!merged) {
                break;
            }
        }
        List<OutgoingMessage> messages = new ArrayList<>();
        for (Draft d : list) {
            if (d instanceof TextDraft t) {
                messages.add(new OutgoingMessage.Text(t.text(), actions(t.quick(), turn, LineLimits.QUICK_REPLY_ITEMS)));
            } else if (d instanceof CardDraft c) {
                messages.add(new OutgoingMessage.Card(limit(c.altText(), LineLimits.ALT_TEXT_LENGTH), c.contents(),
                        actions(c.quick(), turn, LineLimits.QUICK_REPLY_ITEMS)));
            } else {
                ButtonsDraft b = (ButtonsDraft) d;
                String text = limit(b.text(), b.title() == null ? LineLimits.BUTTONS_TEXT_LENGTH
                        : LineLimits.BUTTONS_TEXT_WITH_TITLE_LENGTH);
                messages.add(new OutgoingMessage.Buttons(limit(b.text(), LineLimits.ALT_TEXT_LENGTH), b.title(), text,
                        actions(b.actions(), turn, LineLimits.BUTTONS_ACTIONS),
                        actions(b.quick(), turn, LineLimits.QUICK_REPLY_ITEMS)));
            }
        }
        return messages;
    }

    private List<ChatAction> actions(List<Integer> indexes, int turn, int max) {
        List<ChatAction> actions = new ArrayList<>();
        for (int i : indexes) {
            if (actions.size() == max) {
                break;
            }
            Offer offer = offers.get(i);
            // an FAQ button names its entry (ids are stable), so that it answers whenever it is tapped
            String data = offer.kind() == Offer.Kind.FAQ ? "faq:" + offer.value() : "c:" + turn + ":" + i;
            actions.add(ChatAction.postback(label(offer.label()), data));
        }
        return actions;
    }

    /** A label within LINE's 20 characters (longer ones, e.g. FAQ questions, end with …). */
    static String label(String label) {
        return limit(label, LineLimits.ACTION_LABEL_LENGTH);
    }

    static String limit(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    private List<Integer> indexes(List<Offer> list) {
        List<Integer> result = new ArrayList<>();
        for (Offer o : list) {
            offers.add(o);
            result.add(offers.size() - 1);
        }
        return result;
    }

    private static List<Integer> join(List<Integer> a, List<Integer> b) {
        List<Integer> result = new ArrayList<>(a);
        result.addAll(b);
        return result;
    }
}
