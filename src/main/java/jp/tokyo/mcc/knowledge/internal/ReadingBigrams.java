package jp.tokyo.mcc.knowledge.internal;

import java.util.Arrays;

/**
 * The reading bigrams (two letters in a row of how a text reads aloud) of the FAQ's ways of asking, numbered across
 * the FAQ as in {@link FaqWordIndex}: which ways of asking have each bigram and in how many entries it is, for the
 * sound-alike score and for kana-only questions. A bigram is kept as its two characters in one int, in an
 * open-addressing table, so that looking one up makes no string. Built once per FAQ version, immutable.
 */
final class ReadingBigrams {

    private static final int EMPTY = -1;

    private final int entries;
    /** Per way of asking: how many different bigrams it has, and whose entry it is. */
    private final int[] bigramsOfPhrasing;
    private final int[] entryOfPhrasing;
    /** The table: a bigram's code at its slot, and the index of its postings (EMPTY: a free slot). */
    private final int[] codes;
    private final int[] postingOfSlot;
    private final int[][] phrasingsOf;
    private final int[] entriesOf;

    ReadingBigrams(FaqEntryModel[] models) {
        this.entries = models.length;
        int count = 0;
        for (FaqEntryModel m : models) {
            count += m.phrasings.length;
        }
        this.bigramsOfPhrasing = new int[count];
        this.entryOfPhrasing = new int[count];
        int[][] distinct = new int[count][];
        int total = 0;
        int number = 0;
        for (int e = 0; e < entries; e++) {
            for (FaqEntryModel.Phrasing p : models[e].phrasings) {
                distinct[number] = distinctCodes(p.spoken);
                bigramsOfPhrasing[number] = distinct[number].length;
                entryOfPhrasing[number] = e;
                total += distinct[number].length;
                number++;
            }
        }
        int capacity = Integer.highestOneBit(Math.max(total, 8) * 4 - 1) << 1;
        this.codes = new int[capacity];
        this.postingOfSlot = new int[capacity];
        Arrays.fill(postingOfSlot, EMPTY);
        int[][] postings = new int[total][];
        int[] sizes = new int[total];
        int used = 0;
        for (int p = 0; p < count; p++) {
            for (int code : distinct[p]) {
                int slot = slot(code);
                if (postingOfSlot[slot] == EMPTY) {
                    codes[slot] = code;
                    postingOfSlot[slot] = used;
                    postings[used++] = new int[4];
                }
                int posting = postingOfSlot[slot];
                if (sizes[posting] == postings[posting].length) {
                    postings[posting] = Arrays.copyOf(postings[posting], sizes[posting] * 2);
                }
                postings[posting][sizes[posting]++] = p;
            }
        }
        this.phrasingsOf = new int[used][];
        this.entriesOf = new int[used];
        for (int i = 0; i < used; i++) {
            phrasingsOf[i] = Arrays.copyOf(postings[i], sizes[i]);
            int last = -1;
            for (int p : phrasingsOf[i]) {
                if (entryOfPhrasing[p] != last) { // ascending ways of asking: an entry's are together
                    entriesOf[i]++;
                    last = entryOfPhrasing[p];
                }
            }
        }
    }

    /** The different bigrams of a reading, as codes, ascending. */
    static int[] distinctCodes(String reading) {
        if (reading.length() < 2) {
            return new int[0];
        }
        int[] all = new int[reading.length() - 1];
        for (int i = 0; i < all.length; i++) {
            all[i] = code(reading, i);
        }
        Arrays.sort(all);
        int n = 0;
        for (int i = 0; i < all.length; i++) {
            if (n == 0 || all[i] != all[n - 1]) {
                all[n++] = all[i];
            }
        }
        return Arrays.copyOf(all, n);
    }

    private static int code(String reading, int i) {
        return reading.charAt(i) << 16 | reading.charAt(i + 1);
    }

    /** The slot of a code: where it is, or the free slot where it would go. */
    private int slot(int code) {
        int mask = codes.length - 1;
        int slot = (code * 0x9E3779B9 >>> 16) & mask;
        while (postingOfSlot[slot] != EMPTY && codes[slot] != code) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private int posting(int code) {
        return postingOfSlot[slot(code)];
    }

    /** In how many entries the ways of asking have the bigram at {@code i} of a reading (0 when none). */
    int entryFrequency(String reading, int i) {
        int posting = posting(code(reading, i));
        return posting == EMPTY ? 0 : entriesOf[posting];
    }

    /** Marks the entries whose ways of asking have the bigram at {@code i} of a reading. */
    void markEntries(String reading, int i, boolean[] inEntry) {
        int posting = posting(code(reading, i));
        if (posting != EMPTY) {
            for (int p : phrasingsOf[posting]) {
                inEntry[entryOfPhrasing[p]] = true;
            }
        }
    }

    /**
     * For each entry, how alike a family's words read aloud are to its nearest way of asking (Dice coefficient of
     * their different bigrams, 0..1): catches what the words alone miss (したらどうなる, kana-only text, typos).
     */
    double[] soundAlike(String reading) {
        double[] best = new double[entries];
        int[] asked = distinctCodes(reading);
        if (asked.length == 0) {
            return best;
        }
        int[] shared = new int[bigramsOfPhrasing.length];
        for (int code : asked) {
            int posting = posting(code);
            if (posting != EMPTY) {
                for (int p : phrasingsOf[posting]) {
                    shared[p]++;
                }
            }
        }
        for (int p = 0; p < shared.length; p++) {
            if (shared[p] > 0) {
                double dice = 2.0 * shared[p] / (asked.length + bigramsOfPhrasing[p]);
                int e = entryOfPhrasing[p];
                if (dice > best[e]) {
                    best[e] = dice;
                }
            }
        }
        return best;
    }
}
