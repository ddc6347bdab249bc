package jp.tokyo.mcc.knowledge.internal;

import java.util.Arrays;

/**
 * Numbered texts (letters and digits only) joined into one, each followed by {@code |}, so that finding which of them
 * contain a piece is one pass of {@link String#indexOf} over the whole (skipping to the next text after a find)
 * instead of one search per text.
 */
final class JoinedTexts {

    static final char SEPARATOR = '|';

    private final String all;
    /** Where each text starts in {@code all}, strictly increasing; the last is the length of {@code all}. */
    private final int[] starts;
    /** The text that holds each position of {@code all} (a separator belongs to the text before it). */
    private final int[] textAt;

    JoinedTexts(String[] texts) {
        StringBuilder sb = new StringBuilder();
        this.starts = new int[texts.length + 1];
        for (int i = 0; i < texts.length; i++) {
            starts[i] = sb.length();
            sb.append(texts[i]).append(SEPARATOR);
        }
        starts[texts.length] = sb.length();
        this.all = sb.toString();
        this.textAt = new int[all.length()];
        for (int i = 0; i < texts.length; i++) {
            Arrays.fill(textAt, starts[i], starts[i + 1], i);
        }
    }

    /**
     * The first text from number {@code from} on that contains the piece, or -1. A piece with the separator is in none
     * of the texts (they are letters and digits only; the analysis never gives a word with it); an empty piece is in
     * every text.
     */
    int next(String piece, int from) {
        if (from >= count()) {
            return -1;
        }
        if (piece.isEmpty()) {
            return from;
        }
        if (piece.indexOf(SEPARATOR) >= 0) {
            return -1;
        }
        int at = all.indexOf(piece, starts[from]);
        return at < 0 ? -1 : textAt[at];
    }

    private int count() {
        return starts.length - 1;
    }
}
