package jp.tokyo.mcc.line.outbox;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.FlexContainer;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.ButtonsTemplate;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.MessageAction;
import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.TemplateMessage;
import com.linecorp.bot.messaging.model.TextMessage;
import jp.tokyo.mcc.line.ChatAction;
import jp.tokyo.mcc.line.OutgoingMessage;

/** Our messages as the LINE SDK's request model. */
final class SdkMessages {

    private static final ObjectMapper FLEX = ModelObjectMapper.createNewObjectMapper();

    private SdkMessages() {
    }

    static List<Message> of(List<OutgoingMessage> messages) {
        return messages.stream().map(SdkMessages::of).toList();
    }

    static Message of(OutgoingMessage message) {
        QuickReply quickReply = message.quickReplies().isEmpty() ? null
                : new QuickReply(message.quickReplies().stream().map(a -> new QuickReplyItem(action(a))).toList());
        if (message instanceof OutgoingMessage.Text text) {
            return new TextMessage(quickReply, null, text.text(), null, null);
        }
        if (message instanceof OutgoingMessage.Card card) {
            return new FlexMessage(quickReply, null, card.altText(), flexContainer(card.contents()));
        }
        OutgoingMessage.Buttons buttons = (OutgoingMessage.Buttons) message;
        String title = buttons.title() == null || buttons.title().isEmpty() ? null : buttons.title();
        ButtonsTemplate template = new ButtonsTemplate(null, null, null, null, title, buttons.text(), null,
                buttons.actions().stream().map(SdkMessages::action).toList());
        return new TemplateMessage(quickReply, null, buttons.altText(), template);
    }

    /** A card's contents (checked by OutgoingMessages before it was stored) as the SDK's Flex model. */
    static FlexContainer flexContainer(String contents) {
        try {
            return FLEX.readValue(contents, FlexContainer.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a card's contents are not a Flex container", e);
        }
    }

    static Action action(ChatAction action) {
        if (action.kind() == ChatAction.Kind.POSTBACK) {
            return new PostbackAction(action.label(), action.data(), action.text(), null, null, null);
        }
        return new MessageAction(action.label(), action.text());
    }
}
