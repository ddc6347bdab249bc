package jp.tokyo.mcc.simulator;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/** Identifiers in the shapes LINE uses. */
final class SimulatorIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private SimulatorIds() {
    }

    /** The bot's own LINE user id (a webhook's {@code destination}): "U" and 32 hex digits. */
    static String botUserId() {
        return "U" + hex(16);
    }

    /** A simulated family's user id, in the form the line module routes to the stand-in, never to LINE. */
    static String familyUserId() {
        return SimulatedUsers.newId();
    }

    /** A simulated family on drafts: the prefix the conversation answers from the drafts, then hex digits (32 in all). */
    static String draftFamilyUserId() {
        return jp.tokyo.mcc.shared.Edition.DRAFT_FAMILY_PREFIX
                + hex((32 - jp.tokyo.mcc.shared.Edition.DRAFT_FAMILY_PREFIX.length()) / 2);
    }

    /** A reply token (LINE's are 32 hex digits). */
    static String replyToken() {
        return hex(16);
    }

    /** A message id: a decimal number as a string. */
    static String messageId() {
        return Long.toString(100_000_000_000_000_000L + (RANDOM.nextLong() & Long.MAX_VALUE) % 800_000_000_000_000_000L);
    }

    /** A quote token (opaque, URL-safe). */
    static String quoteToken() {
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A webhook event id: a ULID (26 Crockford base-32 characters, time first). */
    static String webhookEventId(long epochMillis) {
        char[] id = new char[26];
        long time = epochMillis;
        for (int i = 9; i >= 0; i--) {
            id[i] = CROCKFORD[(int) (time & 31)];
            time >>>= 5;
        }
        for (int i = 10; i < 26; i++) {
            id[i] = CROCKFORD[RANDOM.nextInt(32)];
        }
        return new String(id);
    }

    /** An {@code X-Line-Request-Id}. */
    static String requestId() {
        return UUID.randomUUID().toString();
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
