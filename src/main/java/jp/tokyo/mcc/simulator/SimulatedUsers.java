package jp.tokyo.mcc.simulator;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The families played in the built-in LINE simulator. Their user ids start with {@value #PREFIX} (then hex digits,
 * 32 characters in all); a real LINE user id is {@code U} and 32 lowercase hex digits, so it never starts so. Whatever
 * the bot sends to a simulated id goes to the simulator's in-process stand-in of the Messaging API
 * ({@value #STAND_IN_PATH} on this server), never to LINE, also when the bot runs with a real channel.
 */
public final class SimulatedUsers {

    /** The start of every simulated user id ("s", "i", "m" are not hex digits: no real id starts so). */
    public static final String PREFIX = "Usim";
    /** Where the simulator's stand-in of the Messaging API is served on this server. */
    public static final String STAND_IN_PATH = "/simulator/line-api";

    private static final int HEX_DIGITS = 28;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SimulatedUsers() {
    }

    /** Whether messages to this chat (a user id) belong to the simulator rather than to LINE. */
    public static boolean isSimulated(String chatId) {
        return chatId != null && chatId.startsWith(PREFIX);
    }

    /** A new simulated user id: {@value #PREFIX} and 28 hex digits. */
    public static String newId() {
        byte[] random = new byte[HEX_DIGITS / 2];
        RANDOM.nextBytes(random);
        return PREFIX + HexFormat.of().formatHex(random);
    }
}
