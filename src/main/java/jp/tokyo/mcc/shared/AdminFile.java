package jp.tokyo.mcc.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One administrator file's text.
 *
 * @param path    as under {@code flows/}, e.g. {@code intake.yaml} or {@code faq/centers.yaml}
 * @param content the YAML text
 * @param hash    a hash of the text (SHA-256, hex): equal texts, equal hashes
 */
public record AdminFile(String path, String content, String hash) {

    public static AdminFile of(String path, String content) {
        return new AdminFile(path, content, hash(content));
    }

    /** The file's name without its folder: {@code centers.yaml} for {@code faq/centers.yaml}. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The folder, {@code ""} for the top one. */
    public String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    public static String hash(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
