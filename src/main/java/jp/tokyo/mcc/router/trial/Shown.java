package jp.tokyo.mcc.router.trial;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jp.tokyo.mcc.line.ChatAction;
import jp.tokyo.mcc.line.OutgoingMessage;

/** What the family saw in answer to one event: the messages, their texts and their tappable actions. */
public record Shown(List<Message> messages) {

    public record Action(String label, String data, String text) {
    }

    public record Message(String text, List<Action> buttons, List<Action> quickReplies) {
    }

    public static Shown nothing() {
        return new Shown(List.of());
    }

    public boolean silent() {
        return messages.isEmpty();
    }

    public String text() {
        return String.join("\n", messages.stream().map(Message::text).toList());
    }

    /** Buttons of every message and the quick replies (which LINE shows under the last message). */
    public List<Action> actions() {
        List<Action> actions = new ArrayList<>();
        for (Message m : messages) {
            actions.addAll(m.buttons());
            actions.addAll(m.quickReplies());
        }
        return actions;
    }

    public List<String> labels() {
        return actions().stream().map(Action::label).toList();
    }

    public static Shown of(List<OutgoingMessage> outgoing) {
        List<Message> messages = new ArrayList<>();
        for (OutgoingMessage m : outgoing) {
            List<Action> quick = m.quickReplies().stream().map(Shown::action).toList();
            if (m instanceof OutgoingMessage.Text t) {
                messages.add(new Message(t.text(), List.of(), quick));
            } else if (m instanceof OutgoingMessage.Buttons b) {
                messages.add(new Message(b.text(), b.actions().stream().map(Shown::action).toList(), quick));
            } else if (m instanceof OutgoingMessage.Card c) {
                // a card reads as the text it stands for; its links (call, map) leave the chat, so are not taps
                messages.add(new Message(c.altText(), List.of(), quick));
            }
        }
        return new Shown(messages);
    }

    /** From the JSON of a reply request to the Messaging API. */
    public static Shown ofRequest(JsonNode body) {
        List<Message> messages = new ArrayList<>();
        for (JsonNode m : body.path("messages")) {
            List<Action> quick = new ArrayList<>();
            for (JsonNode item : m.path("quickReply").path("items")) {
                quick.add(action(item.path("action")));
            }
            if ("template".equals(m.path("type").asText())) {
                List<Action> buttons = new ArrayList<>();
                for (JsonNode a : m.path("template").path("actions")) {
                    buttons.add(action(a));
                }
                messages.add(new Message(m.path("template").path("text").asText(), buttons, quick));
            } else if ("flex".equals(m.path("type").asText())) {
                messages.add(new Message(m.path("altText").asText(), List.of(), quick));
            } else {
                messages.add(new Message(m.path("text").asText(), List.of(), quick));
            }
        }
        return new Shown(messages);
    }

    private static Action action(ChatAction a) {
        return new Action(a.label(), a.data(), a.text());
    }

    private static Action action(JsonNode a) {
        return new Action(a.path("label").asText(), a.has("data") ? a.get("data").asText() : null,
                a.has("text") ? a.get("text").asText() : a.path("displayText").asText(null));
    }
}
