package jp.tokyo.mcc.knowledge.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Numbered short texts (the FAQ's ways of asking, as written or read aloud) and, for every piece of one or two
 * characters, the texts that have it: which texts contain a piece is one look-up (a longer piece: the texts with its
 * first two characters, each then searched) instead of a search through every text. Immutable.
 */
final class PieceIndex {

    private static final int SHORT = 2;
    private static final int[] NONE = new int[0];

    private final String[] texts;
    private final int[] all;
    /** A piece of one or two characters -> the texts that contain it, ascending. */
    private final Map<String, int[]> textsWith = new HashMap<>();

    PieceIndex(String[] texts) {
        this.texts = texts.clone();
        this.all = new int[texts.length];
        for (int i = 0; i < texts.length; i++) {
            all[i] = i;
            Set<String> pieces = new HashSet<>();
            String t = texts[i];
            for (int start = 0; start < t.length(); start++) {
                for (int end = start + 1; end <= Math.min(t.length(), start + SHORT); end++) {
                    pieces.add(t.substring(start, end));
                }
            }
            for (String piece : pieces) {
                int[] old = textsWith.get(piece);
                int[] grown = old == null ? new int[1] : Arrays.copyOf(old, old.length + 1);
                grown[grown.length - 1] = i;
                textsWith.put(piece, grown);
            }
        }
    }

    /** The numbers of the texts that contain the piece, ascending (an empty piece is in every text). Not to change. */
    int[] textsWith(String piece) {
        if (piece.isEmpty()) {
            return all;
        }
        if (piece.length() <= SHORT) {
            return textsWith.getOrDefault(piece, NONE);
        }
        int[] candidates = textsWith.getOrDefault(piece.substring(0, SHORT), NONE);
        int[] found = new int[candidates.length];
        int n = 0;
        for (int i : candidates) {
            if (texts[i].contains(piece)) {
                found[n++] = i;
            }
        }
        return n == 0 ? NONE : Arrays.copyOf(found, n);
    }
}
