package jp.tokyo.mcc.simulator;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/**
 * A random key made at start-up that the bot's own client for simulated users sends (header {@value #HEADER}) to the
 * simulator's stand-in of the Messaging API on this server. With a real channel the stand-in answers only calls
 * that carry it and come over the loopback interface; the key never leaves the process except on that loopback call.
 */
@Component
public class SimulatorStandInKey {

    public static final String HEADER = "X-Simulator-Key";

    private final String key;

    public SimulatorStandInKey() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.key = HexFormat.of().formatHex(random);
    }

    /** The key, for the line module's own client only. */
    public String value() {
        return key;
    }

    /** Whether a call to the stand-in comes from this process: the right key (constant-time check), over loopback. */
    public boolean admits(String presentedKey, String remoteAddress) {
        if (presentedKey == null || remoteAddress == null) {
            return false;
        }
        boolean rightKey = MessageDigest.isEqual(key.getBytes(StandardCharsets.US_ASCII),
                presentedKey.getBytes(StandardCharsets.US_ASCII));
        return rightKey && isLoopback(remoteAddress);
    }

    private static boolean isLoopback(String address) {
        // an IP literal (a servlet container's remote address) is parsed without a name lookup
        if (!address.matches("[0-9a-fA-F.:%\\[\\]]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
