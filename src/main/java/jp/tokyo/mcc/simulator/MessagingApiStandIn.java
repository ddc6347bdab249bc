package jp.tokyo.mcc.simulator;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An in-process stand-in of LINE's Messaging API (the part the bot uses), which the bot's real LINE SDK client
 * talks to for simulated users (in local mode, for everyone; with a real channel, the line module's client for
 * simulated ids, admitted by the security rules with its per-process key): reply (with a reply token that must be known, unused and fresh), push (with LINE's
 * {@code X-Line-Retry-Key} rule: a key already accepted is answered with 409 and nothing is sent again), the loading
 * animation, and the profile. Requests are checked against LINE's rules ({@link MessagingApiRules}) and answered in
 * LINE's shapes; what is accepted is shown in the simulated user's chat.
 */
@RestController
@RequestMapping(MessagingApiStandIn.PATH)
class MessagingApiStandIn {

    static final String PATH = SimulatedUsers.STAND_IN_PATH;
    private static final Logger log = LoggerFactory.getLogger(MessagingApiStandIn.class);
    private static final String REQUEST_ID = "X-Line-Request-Id";

    private final SimulatedChats chats;
    private final ObjectMapper json;

    MessagingApiStandIn(SimulatedChats chats, ObjectMapper json) {
        this.chats = chats;
        this.json = json;
    }

    @PostMapping("/v2/bot/message/reply")
    ResponseEntity<Object> reply(@RequestHeader(name = "Authorization", required = false) String authorization,
                                 @RequestBody(required = false) byte[] body) {
        authenticate(authorization);
        JsonNode request = jsonObject(body);
        List<LineApiError.Detail> problems = MessagingApiRules.check(request.get("messages"));
        if (!problems.isEmpty()) {
            return bad(LineApiError.of(problems));
        }
        Optional<String> userId = chats.useReplyToken(textOf(request, "replyToken"));
        if (userId.isEmpty()) {
            log.debug("stand-in: reply refused, invalid reply token");
            return bad(LineApiError.of("Invalid reply token"));
        }
        JsonNode messages = request.get("messages");
        chats.addBotEntries(userId.get(), BotMessages.toEntries(messages, chats.now(), "reply"));
        log.debug("stand-in: reply with {} message(s) accepted", messages.size());
        return ResponseEntity.ok().header(REQUEST_ID, SimulatorIds.requestId()).body(sentMessages(messages));
    }

    @PostMapping("/v2/bot/message/push")
    ResponseEntity<Object> push(@RequestHeader(name = "Authorization", required = false) String authorization,
                                @RequestHeader(name = "X-Line-Retry-Key", required = false) String retryKey,
                                @RequestBody(required = false) byte[] body) {
        authenticate(authorization);
        if (retryKey != null && !isUuid(retryKey)) {
            return bad(LineApiError.of("The value of the X-Line-Retry-Key header is invalid"));
        }
        JsonNode request = jsonObject(body);
        List<LineApiError.Detail> problems = MessagingApiRules.check(request.get("messages"));
        if (!problems.isEmpty()) {
            return bad(LineApiError.of(problems));
        }
        String to = textOf(request, "to");
        Optional<SimulatedChats.UserView> user = to == null ? Optional.empty() : chats.user(to);
        if (user.isEmpty()) {
            return bad(LineApiError.of("The property, 'to', in the request body is invalid (line: -, column: -)"));
        }
        JsonNode messages = request.get("messages");
        String requestId = SimulatorIds.requestId();
        ObjectNode answer = sentMessages(messages);
        ArrayNode sent = (ArrayNode) answer.get("sentMessages");
        // LINE accepts a push to someone who blocked the account, but it never reaches them
        List<ChatEntry> shown = user.get().friendship() == SimulatedUser.Friendship.BLOCKED ? List.of()
                : BotMessages.toEntries(messages, chats.now(), "push");
        Optional<SimulatedChats.AcceptedPush> earlier = chats.pushOnce(retryKey, to, shown,
                new SimulatedChats.AcceptedPush(requestId, sent, chats.now()));
        if (earlier.isPresent()) {
            log.debug("stand-in: push with an already accepted retry key answered 409");
            return ResponseEntity.status(HttpStatus.CONFLICT).header(REQUEST_ID, SimulatorIds.requestId())
                    .header("X-Line-Accepted-Request-Id", earlier.get().requestId())
                    .body(new LineApiError("The retry key is already accepted", null, earlier.get().sentMessages()));
        }
        log.debug("stand-in: push with {} message(s) accepted", messages.size());
        return ResponseEntity.ok().header(REQUEST_ID, requestId).body(answer);
    }

    @PostMapping("/v2/bot/chat/loading/start")
    ResponseEntity<Object> loading(@RequestHeader(name = "Authorization", required = false) String authorization,
                                   @RequestBody(required = false) byte[] body) {
        authenticate(authorization);
        JsonNode request = jsonObject(body);
        JsonNode secondsNode = request.get("loadingSeconds");
        boolean given = secondsNode != null && !secondsNode.isNull();
        int seconds = given ? (secondsNode.isInt() ? secondsNode.asInt() : -1) : 20;
        if (seconds < 5 || seconds > 60 || seconds % 5 != 0) {
            return bad(LineApiError.of("The property, 'loadingSeconds', in the request body is invalid (line: -, column: -)"));
        }
        String chatId = textOf(request, "chatId");
        if (chatId == null || !chats.startLoading(chatId, seconds)) {
            return bad(LineApiError.of("The property, 'chatId', in the request body is invalid (line: -, column: -)"));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).header(REQUEST_ID, SimulatorIds.requestId()).body(Map.of());
    }

    @GetMapping("/v2/bot/profile/{userId}")
    ResponseEntity<Object> profile(@RequestHeader(name = "Authorization", required = false) String authorization,
                                   @PathVariable String userId) {
        authenticate(authorization);
        return chats.user(userId)
                .filter(u -> u.friendship() == SimulatedUser.Friendship.FRIEND)
                .<ResponseEntity<Object>>map(u -> ResponseEntity.ok().header(REQUEST_ID, SimulatorIds.requestId())
                        .body(Map.of("userId", u.id(), "displayName", u.name(), "language", u.language())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(LineApiError.of("Not found")));
    }

    private ObjectNode sentMessages(JsonNode messages) {
        ObjectNode answer = json.createObjectNode();
        ArrayNode sent = answer.putArray("sentMessages");
        for (JsonNode message : messages) {
            ObjectNode one = sent.addObject().put("id", SimulatorIds.messageId());
            String type = message.path("type").asText();
            if (!type.equals("template") && !type.equals("imagemap") && !type.equals("flex")) {
                one.put("quoteToken", SimulatorIds.quoteToken());
            }
        }
        return answer;
    }

    /** A request LINE would refuse before looking at it: answered as LINE answers it. */
    private static final class Refused extends RuntimeException {
        final transient ResponseEntity<Object> answer;

        Refused(ResponseEntity<Object> answer) {
            super(null, null, false, false);
            this.answer = answer;
        }
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<Object> refused(Refused refused) {
        return refused.answer;
    }

    /** Goes on only with a bearer token (any: the stand-in does not know the channel's). */
    private static void authenticate(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ") || authorization.substring(7).isBlank()) {
            throw new Refused(ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(LineApiError.of(
                    "Authentication failed. Confirm that the access token in the authorization header is valid.")));
        }
    }

    /** The body as a JSON object, or LINE's 400 for anything else. */
    private JsonNode jsonObject(byte[] body) {
        JsonNode node = null;
        if (body != null && body.length > 0) {
            try {
                node = json.readTree(body);
            } catch (IOException e) {
                node = null;
            }
        }
        if (node == null || !node.isObject()) {
            throw new Refused(bad(LineApiError.of("The request body could not be parsed as JSON")));
        }
        return node;
    }

    private static String textOf(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isEmpty() ? value.asText() : null;
    }

    private static boolean isUuid(String value) {
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ResponseEntity<Object> bad(LineApiError error) {
        return ResponseEntity.badRequest().header(REQUEST_ID, SimulatorIds.requestId()).body(error);
    }
}
