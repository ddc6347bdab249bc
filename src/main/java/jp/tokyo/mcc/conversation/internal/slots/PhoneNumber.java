package jp.tokyo.mcc.conversation.internal.slots;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Japanese phone number as people type it: 090-1234-5678, ０９０１２３４５６７８, 03(3941)3221, +81 90 1234 5678.
 * Accepts 10 digits (fixed lines, 0X0 with 10 digits excluded) and 11 digits (mobile 070/080/090, IP 050, 0120...).
 */
public final class PhoneNumber {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()（）.・]");
    private static final Pattern DIGITS = Pattern.compile("0\\d{9,10}");

    private PhoneNumber() {
    }

    /** The number written with hyphens where the grouping is certain (mobile, 03/06, toll free), else digits. */
    public static Optional<String> parse(String text) {
        String n = TextNormalizer.normalize(text);
        n = n.replaceAll("^(電話番号|電話|tel|TEL|Tel)[:：は]?", "").replaceAll("(です|まで|へ)$", "");
        n = SEPARATORS.matcher(n).replaceAll("");
        if (n.startsWith("+81")) {
            n = "0" + n.substring(3);
        } else if (n.startsWith("81") && n.length() >= 11) {
            n = "0" + n.substring(2);
        }
        if (!DIGITS.matcher(n).matches()) {
            return Optional.empty();
        }
        if (n.length() == 11) {
            if (!n.matches("0[5789]0\\d{8}|0120\\d{7}|0800\\d{7}")) {
                return Optional.empty();
            }
            if (n.startsWith("0120") || n.startsWith("0800")) {
                return Optional.of(n.substring(0, 4) + "-" + n.substring(4, 7) + "-" + n.substring(7));
            }
            return Optional.of(n.substring(0, 3) + "-" + n.substring(3, 7) + "-" + n.substring(7));
        }
        // 10 digits: a fixed line; 0X0 prefixes need 11 digits
        if (n.matches("0[5789]0\\d{7}") || n.startsWith("00")) {
            return Optional.empty();
        }
        if (n.startsWith("03") || n.startsWith("06")) {
            return Optional.of(n.substring(0, 2) + "-" + n.substring(2, 6) + "-" + n.substring(6));
        }
        return Optional.of(n);
    }
}
