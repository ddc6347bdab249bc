package jp.tokyo.mcc.simulator;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stand-in of LINE's data API for what simulated families sent ({@code GET /v2/bot/message/{messageId}/content}
 * and, for videos and audio, {@code .../content/transcoding}, always "succeeded" here): the bytes the family chose in
 * the page, or LINE's 404 once they are no longer held.
 */
@RestController
@RequestMapping(MessagingApiStandIn.PATH + "/v2/bot/message/{messageId}")
class ContentStandIn {

    private final SimulatedContents contents;

    ContentStandIn(SimulatedContents contents) {
        this.contents = contents;
    }

    @GetMapping("/content")
    ResponseEntity<Object> content(@PathVariable String messageId,
                                   @RequestHeader(name = "Authorization", required = false) String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(LineApiError.of("Authentication failed."));
        }
        return contents.get(messageId)
                .<ResponseEntity<Object>>map(c -> ResponseEntity.ok().contentType(mediaType(c.contentType()))
                        .body(c.bytes()))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                        .body(LineApiError.of("Not found")));
    }

    @GetMapping("/content/transcoding")
    ResponseEntity<Object> transcoding(@PathVariable String messageId) {
        return contents.get(messageId).isPresent()
                ? ResponseEntity.ok(Map.of("status", "succeeded"))
                : ResponseEntity.status(HttpStatus.NOT_FOUND).body(LineApiError.of("Not found"));
    }

    private static MediaType mediaType(String type) {
        try {
            return type == null || type.isBlank() ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(type);
        } catch (RuntimeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
