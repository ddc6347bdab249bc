package jp.tokyo.mcc.line.outbox;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.messaging.model.MarkMessagesAsReadByTokenRequest;
import jp.tokyo.mcc.line.LineProperties;
import jp.tokyo.mcc.line.ReadMarks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** {@link ReadMarks} with the bodies of the events being handled and the LINE SDK's markMessagesAsReadByToken. */
@Component
class LineReadMarks implements ReadMarks {

    private static final Logger log = LoggerFactory.getLogger(LineReadMarks.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReplyTokens handled;
    private final LineApi api;
    private final LineProperties properties;

    LineReadMarks(ReplyTokens handled, LineApi api, LineProperties properties) {
        this.handled = handled;
        this.api = api;
        this.properties = properties;
    }

    @Override
    public Optional<String> tokenOf(long inboxId) {
        Optional<String> body = handled.body(inboxId);
        if (body.isEmpty() || body.get().isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode token = JSON.readTree(body.get()).path("message").path("markAsReadToken");
            return token.isTextual() && !token.asText().isBlank() ? Optional.of(token.asText()) : Optional.empty();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean markAsRead(String chatId, String token) {
        try {
            api.clientFor(chatId).markMessagesAsReadByToken(new MarkMessagesAsReadByTokenRequest(token))
                    .get(properties.sendTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            log.info("LINE did not mark messages as read ({})", e.getCause() == null ? "error"
                    : e.getCause().getClass().getSimpleName());
            return false;
        } catch (TimeoutException e) {
            log.info("LINE did not mark messages as read (timeout)");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
