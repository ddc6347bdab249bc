package jp.tokyo.mcc.line.inbox;

import java.io.IOException;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.webhook.model.AudioMessageContent;
import com.linecorp.bot.webhook.model.ContentProvider;
import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.FileMessageContent;
import com.linecorp.bot.webhook.model.ImageMessageContent;
import com.linecorp.bot.webhook.model.FollowEvent;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.PostbackEvent;
import com.linecorp.bot.webhook.model.TextMessageContent;
import com.linecorp.bot.webhook.model.UnfollowEvent;
import com.linecorp.bot.webhook.model.UnknownMessageContent;
import com.linecorp.bot.webhook.model.UnsendEvent;
import com.linecorp.bot.webhook.model.VideoMessageContent;
import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.line.IncomingEvent.Kind;
import org.springframework.stereotype.Component;

/** Reads a stored event with the LINE SDK's model and turns it into what the rest of the bot sees. */
@Component
class IncomingEventMapper {

    private final ObjectMapper sdkJson = ModelObjectMapper.createNewObjectMapper();

    /** Empty for event types the bot does not act on (join, leave, beacon, unknown types...). */
    Optional<IncomingEvent> map(InboxEntry entry) throws IOException {
        Event event = sdkJson.readValue(entry.payload(), Event.class);
        Instant at = Instant.ofEpochMilli(entry.eventTimestamp());
        if (event instanceof MessageEvent message) {
            String type = messageType(message);
            String text = message.message() instanceof TextMessageContent t ? t.text() : null;
            return Optional.of(new IncomingEvent(entry.id(), entry.webhookEventId(), Kind.MESSAGE, entry.userId(), at,
                    type, text, null, entry.redelivery(), media(message)));
        }
        if (event instanceof PostbackEvent postback) {
            String data = postback.postback() == null ? null : postback.postback().data();
            return Optional.of(new IncomingEvent(entry.id(), entry.webhookEventId(), Kind.POSTBACK, entry.userId(), at,
                    null, null, data, entry.redelivery()));
        }
        Kind kind = event instanceof FollowEvent ? Kind.FOLLOW
                : event instanceof UnfollowEvent ? Kind.UNFOLLOW
                : event instanceof UnsendEvent ? Kind.UNSEND
                : null;
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(new IncomingEvent(entry.id(), entry.webhookEventId(), kind, entry.userId(), at,
                null, null, null, entry.redelivery()));
    }

    /** Where an image's, a video's, an audio's or a file's content is; null for other messages. */
    private static IncomingEvent.Media media(MessageEvent message) {
        Object content = message.message();
        if (content instanceof ImageMessageContent image) {
            return new IncomingEvent.Media(image.id(), external(image.contentProvider()), null, null);
        }
        if (content instanceof VideoMessageContent video) {
            return new IncomingEvent.Media(video.id(), external(video.contentProvider()), null, null);
        }
        if (content instanceof AudioMessageContent audio) {
            return new IncomingEvent.Media(audio.id(), external(audio.contentProvider()), null, null);
        }
        if (content instanceof FileMessageContent file) {
            return new IncomingEvent.Media(file.id(), false, file.fileName(),
                    file.fileSize() == null ? null : file.fileSize().longValue());
        }
        return null;
    }

    private static boolean external(ContentProvider provider) {
        return provider != null && provider.type() == ContentProvider.Type.EXTERNAL;
    }

    /** "text", "sticker", "image"... as LINE names it (the SDK's type name of the content). */
    private static String messageType(MessageEvent message) {
        if (message.message() == null || message.message() instanceof UnknownMessageContent) {
            return "unknown";
        }
        JsonTypeName name = message.message().getClass().getAnnotation(JsonTypeName.class);
        return name == null ? "unknown" : name.value();
    }
}
