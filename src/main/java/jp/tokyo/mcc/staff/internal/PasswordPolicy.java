package jp.tokyo.mcc.staff.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Staff passwords (NIST SP 800-63B's approach: length and a blocklist, no composition rules). A password is refused
 * when it is shorter than {@value #MIN_LENGTH} characters (or longer than BCrypt's 72 bytes), contains the username,
 * has fewer than {@value #MIN_DISTINCT} different characters, is mostly a sequence, a repetition or a keyboard row
 * ("123456789012", "abcabcabcabc", "qwertyuiop12"), is a common password once digits and symbols around it are taken
 * off and look-alike digits read as letters ("P@ssw0rd2024!"), or is made of at most three pieces that are all common
 * passwords, words of this service or short ("admin-password-1"). The common passwords are the 49,233 of zxcvbn's
 * list ({@code staff/common-passwords.txt}, source and licence in its header). Reasons never quote the password.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    static final int MIN_DISTINCT = 5;
    private static final String COMMON = "/staff/common-passwords.txt";
    /** Words anyone would try first against this service. */
    private static final Set<String> SERVICE_WORDS = Set.of("mcc", "mccbot", "line", "linebot", "bot", "tokyo",
            "center", "centre", "kubu", "tama", "otsuka", "fuchu", "iryo", "iryoteki", "care", "kea", "soudan",
            "sodan", "counsellor", "counselor", "console", "staff", "admin", "administrator");
    private static final List<String> KEYBOARD_ROWS = List.of("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm");

    /** Why the password is refused; empty when it is acceptable. */
    Optional<String> problem(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password must be at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("password must be at most " + MAX_BYTES + " bytes");
        }
        String lower = Normalizer.normalize(password, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password must not contain the username");
        }
        if (lower.codePoints().distinct().count() < MIN_DISTINCT) {
            return Optional.of("password has too few different characters");
        }
        if (mostlySequence(lower)) {
            return Optional.of("password is a sequence, a repetition or a keyboard row");
        }
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        List<String> pieces = List.of(lower.split("[^\\p{L}]+")).stream().filter(p -> !p.isEmpty()).toList();
        Set<String> candidates = new HashSet<>();
        candidates.add(lower);
        candidates.add(core);
        candidates.add(lookAlikes(lower.replaceAll("^[0-9]+|[0-9!?.#*_-]+$", "")));
        candidates.addAll(pieces);
        Set<String> common = common(candidates);
        if (common.contains(lower) || common.contains(core)
                || common.contains(lookAlikes(lower.replaceAll("^[0-9]+|[0-9!?.#*_-]+$", "")))) {
            return Optional.of("password is a common password");
        }
        boolean allWeak = !pieces.isEmpty() && pieces.size() <= 3 && pieces.stream()
                .allMatch(p -> p.length() <= 3 || common.contains(p) || SERVICE_WORDS.contains(p));
        if (allWeak) {
            return Optional.of("password is made of common words");
        }
        return Optional.empty();
    }

    /** Digits and symbols that stand for letters: "p@ssw0rd" reads "password". */
    static String lookAlikes(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(switch (c) {
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return sb.toString();
    }

    /** Whether most steps from one character to the next repeat it, count up or down, or move along a keyboard row. */
    static boolean mostlySequence(String s) {
        int[] cps = s.codePoints().toArray();
        int easy = 0;
        for (int i = 1; i < cps.length; i++) {
            int step = cps[i] - cps[i - 1];
            if (Math.abs(step) <= 1 || adjacentOnKeyboard(cps[i - 1], cps[i])) {
                easy++;
            }
        }
        return easy * 10 >= (cps.length - 1) * 7;
    }

    private static boolean adjacentOnKeyboard(int a, int b) {
        for (String row : KEYBOARD_ROWS) {
            int i = row.indexOf(a);
            int j = row.indexOf(b);
            if (i >= 0 && j >= 0 && Math.abs(i - j) == 1) {
                return true;
            }
        }
        return false;
    }

    /** Which of the candidates are common passwords (the list is read for each check: accounts are made rarely). */
    private static Set<String> common(Set<String> candidates) {
        Set<String> found = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON)) {
            if (in == null) {
                throw new IllegalStateException("the list of common passwords is missing: " + COMMON);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.startsWith("#") && candidates.contains(line)) {
                    found.add(line);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("the list of common passwords cannot be read", e);
        }
        return found;
    }
}
