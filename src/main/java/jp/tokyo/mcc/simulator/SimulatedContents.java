package jp.tokyo.mcc.simulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * What simulated families sent as images, videos, audio and files, held in memory for the stand-in's data API as LINE
 * holds it for a while: the newest ones, up to {@value #MAX_BYTES} bytes in all (older ones are gone, as content
 * LINE no longer keeps). Lost on a restart, like a trial chat.
 */
@Component
class SimulatedContents {

    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** The bytes and the type the browser gave them. */
    record Content(byte[] bytes, String contentType) {
    }

    private final Map<String, Content> byMessageId = new LinkedHashMap<>();
    private long total;

    synchronized void put(String messageId, byte[] bytes, String contentType) {
        byMessageId.put(messageId, new Content(bytes, contentType));
        total += bytes.length;
        var oldest = byMessageId.entrySet().iterator();
        while (total > MAX_BYTES && oldest.hasNext()) {
            total -= oldest.next().getValue().bytes().length;
            oldest.remove();
        }
    }

    synchronized Optional<Content> get(String messageId) {
        return Optional.ofNullable(byMessageId.get(messageId));
    }
}
