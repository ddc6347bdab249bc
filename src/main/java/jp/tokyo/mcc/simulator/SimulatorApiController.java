package jp.tokyo.mcc.simulator;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The small JSON API behind the simulator page: the simulated users, one user's chat (polled; answered with 204
 * while it has not changed since the version the page has), and what the family does.
 */
@RestController
@RequestMapping("/simulator/api/users")
class SimulatorApiController {

    static final int MAX_NAME = 20;

    private final SimulatedChats chats;
    private final SimulatedFamily family;

    SimulatorApiController(SimulatedChats chats, SimulatedFamily family) {
        this.chats = chats;
        this.family = family;
    }

    /** {@code drafts}: the family gets the administrators' drafts (flows, FAQ, safety words, centers). */
    record NewUser(String name, Boolean drafts, String language) {
    }

    record TextInput(String text) {
    }

    @GetMapping
    List<SimulatedChats.UserView> users() {
        return chats.users();
    }

    @PostMapping
    ResponseEntity<Object> create(@RequestBody(required = false) NewUser request) {
        if (request == null || request.name() == null || request.name().isBlank() || request.name().length() > MAX_NAME) {
            return ResponseEntity.badRequest().body(Map.of("error", "invalid_name",
                    "detail", "name must be 1-" + MAX_NAME + " characters"));
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(chats.createUser(request.name().strip(), Boolean.TRUE.equals(request.drafts()),
                        request.language() == null || !request.language().matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")
                                ? "ja" : request.language()));
    }

    @GetMapping("/{userId}/chat")
    ResponseEntity<SimulatedChats.ChatView> chat(@PathVariable String userId,
                                                 @RequestParam(name = "version", required = false) Long version) {
        return chats.chat(userId)
                .map(chat -> version != null && version == chat.version()
                        ? ResponseEntity.status(HttpStatus.NO_CONTENT).<SimulatedChats.ChatView>build()
                        : ResponseEntity.ok(chat))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/{userId}/messages")
    ResponseEntity<Object> send(@PathVariable String userId, @RequestBody(required = false) TextInput input) {
        return answer(family.sendText(userId, input == null ? null : input.text()));
    }

    @PostMapping("/{userId}/taps")
    ResponseEntity<Object> tap(@PathVariable String userId, @RequestBody(required = false) OfferedAction action) {
        return answer(family.tap(userId, action));
    }

    @PostMapping("/{userId}/stickers")
    ResponseEntity<Object> sticker(@PathVariable String userId) {
        return answer(family.sendSticker(userId));
    }

    /** A photo, video, audio or file (multipart field {@code file}) the family sends. */
    @PostMapping(path = "/{userId}/media", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> media(@PathVariable String userId,
                                 @RequestParam("file") org.springframework.web.multipart.MultipartFile file)
            throws java.io.IOException {
        return answer(family.sendMedia(userId, file.getBytes(), file.getContentType(), file.getOriginalFilename()));
    }

    @PostMapping("/{userId}/follow")
    ResponseEntity<Object> follow(@PathVariable String userId) {
        return answer(family.follow(userId));
    }

    @PostMapping("/{userId}/block")
    ResponseEntity<Object> block(@PathVariable String userId) {
        return answer(family.block(userId));
    }

    private static ResponseEntity<Object> answer(SimulatedFamily.Outcome outcome) {
        HttpStatus status = switch (outcome) {
            case DELIVERED -> HttpStatus.OK;
            case NOT_DELIVERED -> HttpStatus.BAD_GATEWAY;
            case UNKNOWN_USER -> HttpStatus.NOT_FOUND;
            case BLOCKED -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        return ResponseEntity.status(status).body(Map.of("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT)));
    }
}
