package jp.tokyo.mcc.inquiry.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What a family's content really is, read from its first bytes (its "magic"), never from the type LINE or the file
 * name declares: the allow-list of what is kept. Pictures (JPEG, PNG, GIF, WebP, HEIC), PDF, MP4 / QuickTime / 3GPP
 * video, MP4 (M4A) and MP3 audio. Anything else (office documents, archives, HTML, SVG, programs) is refused: a
 * counsellor opens what is kept, and these can carry macros or scripts.
 */
final class MediaSniffer {

    private static final Set<String> PICTURE_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "mif1", "msf1");
    private static final Set<String> AUDIO_BRANDS = Set.of("M4A ", "M4B ");
    private static final Set<String> QUICKTIME_BRANDS = Set.of("qt  ");
    private static final Set<String> GPP_BRANDS = Set.of("3gp4", "3gp5", "3gp6", "3g2a", "3ge6", "3gg6");

    private MediaSniffer() {
    }

    /**
     * The content type to keep and serve for content sent as {@code messageType} (image, video, audio, file), or empty
     * when it is not allowed (an image message must be a picture, a video a video, an audio a sound).
     */
    static Optional<String> allowed(String messageType, byte[] bytes) {
        String found = sniff(bytes);
        if (found == null) {
            return Optional.empty();
        }
        return switch (messageType) {
            case "image" -> found.startsWith("image/") ? Optional.of(found) : Optional.empty();
            case "video" -> found.startsWith("video/") ? Optional.of(found) : Optional.empty();
            // LINE's voice messages are MP4 audio, whatever brand the recorder wrote
            case "audio" -> found.startsWith("audio/") ? Optional.of(found)
                    : found.equals("video/mp4") ? Optional.of("audio/mp4") : Optional.empty();
            case "file" -> Optional.of(found);
            default -> Optional.empty();
        };
    }

    /** The type the first bytes show, among the allowed ones; null for anything else. */
    static String sniff(byte[] b) {
        if (b == null || b.length < 4) {
            return null;
        }
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a")) {
            return "image/gif";
        }
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
            return "image/webp";
        }
        if (ascii(b, 0, "%PDF-")) {
            return "application/pdf";
        }
        if (ascii(b, 0, "ID3")) {
            return "audio/mpeg";
        }
        if (ascii(b, 4, "ftyp") && b.length >= 12) {
            return isoMedia(new String(Arrays.copyOfRange(b, 8, 12), StandardCharsets.ISO_8859_1));
        }
        return null;
    }

    /** An ISO base media file (MP4 and its relatives) by its major brand. */
    private static String isoMedia(String brand) {
        if (PICTURE_BRANDS.contains(brand)) {
            return "image/heic";
        }
        if (AUDIO_BRANDS.contains(brand)) {
            return "audio/mp4";
        }
        if (QUICKTIME_BRANDS.contains(brand)) {
            return "video/quicktime";
        }
        if (GPP_BRANDS.contains(brand)) {
            return "video/3gpp";
        }
        return brand.chars().allMatch(c -> c >= 0x20 && c < 0x7F) ? "video/mp4" : null;
    }

    private static boolean starts(byte[] b, int offset, int... expected) {
        if (b.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] b, int offset, String expected) {
        byte[] e = expected.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length < offset + e.length) {
            return false;
        }
        return Arrays.equals(b, offset, offset + e.length, e, 0, e.length);
    }
}
