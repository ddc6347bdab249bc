package jp.tokyo.mcc.directory.internal;

/** Edit distance checks for near misses (one letter inserted, deleted, replaced, or two neighbours swapped). */
final class EditDistance {

    private EditDistance() {
    }

    /** Whether {@code a} and {@code b} differ by at most one edit (a swap of neighbours counts as one). */
    static boolean atMostOne(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int prefix = 0;
        while (prefix < la && prefix < lb && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        if (prefix == la && prefix == lb) {
            return true;
        }
        if (la == lb) {
            if (a.regionMatches(prefix + 1, b, prefix + 1, la - prefix - 1)) {
                return true; // one replaced
            }
            return prefix + 1 < la && a.charAt(prefix) == b.charAt(prefix + 1) && a.charAt(prefix + 1) == b.charAt(prefix)
                    && a.regionMatches(prefix + 2, b, prefix + 2, la - prefix - 2); // neighbours swapped
        }
        String longer = la > lb ? a : b;
        String shorter = la > lb ? b : a;
        return longer.regionMatches(prefix + 1, shorter, prefix, shorter.length() - prefix); // one inserted
    }
}
