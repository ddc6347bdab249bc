package jp.tokyo.mcc.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** The messages of a reply or push (already checked by {@link MessagingApiRules}) as items of the simulated chat. */
final class BotMessages {

    private BotMessages() {
    }

    static List<ChatEntry> toEntries(JsonNode messages, Instant at, String via) {
        List<ChatEntry> entries = new ArrayList<>(messages.size());
        for (JsonNode message : messages) {
            entries.add(toEntry(message, at, via));
        }
        return entries;
    }

    static ChatEntry toEntry(JsonNode message, Instant at, String via) {
        List<OfferedAction> quickReplies = new ArrayList<>();
        for (JsonNode item : message.path("quickReply").path("items")) {
            quickReplies.add(OfferedAction.of(item.path("action")));
        }
        String type = message.path("type").asText();
        return switch (type) {
            case "text", "textV2" -> bot("text", at, message.path("text").asText(), null, null, List.of(), quickReplies, via);
            case "sticker" -> bot("sticker", at, message.path("packageId").asText() + "/" + message.path("stickerId").asText(),
                    null, null, List.of(), quickReplies, via);
            case "template" -> {
                JsonNode template = message.path("template");
                String templateType = template.path("type").asText();
                if (templateType.equals("buttons") || templateType.equals("confirm")) {
                    List<OfferedAction> actions = new ArrayList<>();
                    for (JsonNode action : template.path("actions")) {
                        actions.add(OfferedAction.of(action));
                    }
                    String title = template.hasNonNull("title") ? template.get("title").asText() : null;
                    yield bot(templateType, at, template.path("text").asText(), title,
                            message.path("altText").asText(), actions, quickReplies, via);
                }
                yield bot("other", at, message.path("altText").asText(), null, "template/" + templateType, List.of(),
                        quickReplies, via);
            }
            case "flex" -> {
                String altText = message.path("altText").asText();
                yield new ChatEntry(0, ChatEntry.From.BOT, "flex", at, altText, null, altText, List.of(), quickReplies,
                        via, null, message.path("contents"));
            }
            default -> bot("other", at, message.path("altText").asText(null), null, type, List.of(), quickReplies, via);
        };
    }

    private static ChatEntry bot(String type, Instant at, String text, String title, String altText,
                                 List<OfferedAction> actions, List<OfferedAction> quickReplies, String via) {
        return new ChatEntry(0, ChatEntry.From.BOT, type, at, text, title, altText, actions, quickReplies, via, null, null);
    }
}
