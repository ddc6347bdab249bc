package jp.tokyo.mcc.line;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

import com.linecorp.bot.parser.LineSignatureValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The channel's identity: its secret (for webhook signatures) and whether the bot runs in local mode.
 * In local mode (no LINE_CHANNEL_SECRET) a random secret is made at start-up that only the built-in
 * simulator knows, so a real LINE webhook is refused and the simulator's signed events are accepted.
 */
@Component
public class LineChannel {

    private static final Logger log = LoggerFactory.getLogger(LineChannel.class);

    private final boolean localMode;
    private final LineSignatureValidator validator;

    public LineChannel(LineProperties properties) {
        this.localMode = properties.localMode();
        byte[] secret;
        if (localMode) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            secret = HexFormat.of().formatHex(random).getBytes(StandardCharsets.US_ASCII);
            log.info("LOCAL MODE: no LINE_CHANNEL_SECRET is set. Real LINE webhooks are refused; "
                    + "the built-in LINE simulator is served at /simulator");
        } else {
            secret = properties.channelSecret().getBytes(StandardCharsets.UTF_8);
        }
        this.validator = new LineSignatureValidator(secret);
    }

    public boolean isLocalMode() {
        return localMode;
    }

    /** Constant-time check of an {@code X-Line-Signature} header over the raw body bytes. */
    public boolean isValidSignature(byte[] body, String signature) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        try {
            return validator.validateSignature(body, signature.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Signs a body as LINE would, for the built-in simulator's webhooks (in-process only: the secret never leaves
     * the server). With a real channel this is the real secret, so the simulator's events pass the real check.
     */
    public String signForSimulator(byte[] body) {
        return java.util.Base64.getEncoder().encodeToString(validator.generateSignature(body));
    }
}
