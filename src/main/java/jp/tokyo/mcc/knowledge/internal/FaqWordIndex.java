package jp.tokyo.mcc.knowledge.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the FAQ has a word, looked up once per word of a family's text instead of once per entry. The ways of asking
 * are numbered across the FAQ (entry by entry, each entry's question first); the index maps base forms and readings
 * to the ways of asking that have them and the answers' words to their entries, and the pieces of the ways of asking
 * ({@link PieceIndex}, as written and as read aloud) for the words found inside longer ones. Built once per FAQ
 * version, immutable.
 *
 * <p>A way of asking credits a word with 1 when it has the same base form or reading (a kana word meets any spelling,
 * a kanji word only another kanji spelling: 今日 is not the きょう of きょうだい), when the reading of a kana word of
 * three letters or more is in how it reads aloud, or when it has a kanji word of two letters or more in a compound
 * split differently (日曜日 / 日曜 + 日); with 0.8 when it has the leading kanji of another form of a verb (働けない /
 * 働く); else 0. An entry credits the word as its best way of asking; if none does, with 1 when a way of asking
 * written in kana only has the reading of a kanji word of four letters or more (むりょう of 無料), with 0.5 when only
 * its answer has the word (same base form or reading), else 0.
 */
final class FaqWordIndex {

    static final double SAME = 1;
    static final double OTHER_FORM = 0.8;
    static final double ANSWER_ONLY = 0.5;

    private final int entries;
    /** The ways of asking of entry e are numbered from firstPhrasing[e] to firstPhrasing[e + 1] - 1. */
    private final int[] firstPhrasing;
    private final int[] entryOf;
    private final boolean[] kanaOnly;
    private final boolean anyKanaOnly;
    private final Map<String, int[]> byBase = new HashMap<>();
    private final Map<String, int[]> byReading = new HashMap<>();
    private final Map<String, int[]> byKanjiReading = new HashMap<>();
    private final Map<String, int[]> answerByBase = new HashMap<>();
    private final Map<String, int[]> answerByReading = new HashMap<>();
    private final PieceIndex letters;
    private final PieceIndex spoken;

    FaqWordIndex(FaqEntryModel[] models) {
        this.entries = models.length;
        this.firstPhrasing = new int[entries + 1];
        for (int e = 0; e < entries; e++) {
            firstPhrasing[e + 1] = firstPhrasing[e] + models[e].phrasings.length;
        }
        int count = firstPhrasing[entries];
        this.kanaOnly = new boolean[count];
        this.entryOf = new int[count];
        String[] written = new String[count];
        String[] readAloud = new String[count];
        boolean any = false;
        for (int e = 0; e < entries; e++) {
            FaqEntryModel model = models[e];
            for (int k = 0; k < model.phrasings.length; k++) {
                FaqEntryModel.Phrasing p = model.phrasings[k];
                int number = firstPhrasing[e] + k;
                kanaOnly[number] = p.kanaOnly;
                entryOf[number] = e;
                any |= p.kanaOnly;
                written[number] = p.letters;
                readAloud[number] = p.spoken;
                p.bases.forEach(b -> add(byBase, b, number));
                p.readings.forEach(r -> add(byReading, r, number));
                p.kanjiReadings.forEach(r -> add(byKanjiReading, r, number));
            }
            int entry = e;
            model.answerBase().forEach(b -> add(answerByBase, b, entry));
            model.answerReadings().forEach(r -> add(answerByReading, r, entry));
        }
        this.anyKanaOnly = any;
        this.letters = new PieceIndex(written);
        this.spoken = new PieceIndex(readAloud);
    }

    private static void add(Map<String, int[]> postings, String key, int number) {
        int[] old = postings.get(key);
        int[] grown = old == null ? new int[1] : Arrays.copyOf(old, old.length + 1);
        grown[grown.length - 1] = number;
        postings.put(key, grown);
    }

    /** How many ways of asking the FAQ has. */
    int phrasings() {
        return firstPhrasing[entries];
    }

    /** The number of the first way of asking of an entry. */
    int firstPhrasing(int entry) {
        return firstPhrasing[entry];
    }

    /**
     * The word's credit by every way of asking ({@code byPhrasing}, by number) and by every entry ({@code byEntry}),
     * into arrays of zeros of sizes {@link #phrasings()} and the number of entries.
     */
    void credit(JapaneseAnalysis.Word w, double[] byPhrasing, double[] byEntry) {
        int credited = raise(byBase.get(w.base()), SAME, byPhrasing, byEntry);
        credited += raise((w.kana() ? byReading : byKanjiReading).get(w.reading()), SAME, byPhrasing, byEntry);
        if (w.kana()) {
            if (w.reading().length() >= 3) {
                credited += raise(spoken, w.reading(), SAME, byPhrasing, byEntry);
            }
        } else {
            if (w.surface().length() >= 2) {
                credited += raise(letters, w.surface(), SAME, byPhrasing, byEntry);
                if (!w.base().equals(w.surface())) {
                    credited += raise(letters, w.base(), SAME, byPhrasing, byEntry);
                }
            }
            String stem = w.kanjiStem();
            if (stem != null) {
                credited += raise(letters, stem, OTHER_FORM, byPhrasing, byEntry);
            }
        }
        if (credited < entries) {
            creditUnasked(w, byEntry);
        }
    }

    /**
     * The entries none of whose ways of asking has the word: a kana-only way of asking that reads it (a kana word's
     * reading in any way of asking was already found), else the answer.
     */
    private void creditUnasked(JapaneseAnalysis.Word w, double[] byEntry) {
        if (anyKanaOnly && !w.kana() && w.reading().length() >= 4) {
            for (int p : spoken.textsWith(w.reading())) {
                if (kanaOnly[p] && byEntry[entryOf[p]] == 0) {
                    byEntry[entryOf[p]] = SAME;
                }
            }
        }
        creditAnswers(answerByBase.get(w.base()), byEntry);
        creditAnswers(answerByReading.get(w.reading()), byEntry);
    }

    private static void creditAnswers(int[] entryNumbers, double[] byEntry) {
        if (entryNumbers != null) {
            for (int e : entryNumbers) {
                if (byEntry[e] == 0) {
                    byEntry[e] = ANSWER_ONLY;
                }
            }
        }
    }

    /** Raises the ways of asking listed, and their entries, to the value; returns how many entries had none. */
    private int raise(int[] numbers, double value, double[] byPhrasing, double[] byEntry) {
        int credited = 0;
        if (numbers != null) {
            for (int p : numbers) {
                credited += raise(p, value, byPhrasing, byEntry);
            }
        }
        return credited;
    }

    /** Raises the ways of asking that contain the piece, and their entries; returns how many entries had none. */
    private int raise(PieceIndex texts, String piece, double value, double[] byPhrasing, double[] byEntry) {
        return raise(texts.textsWith(piece), value, byPhrasing, byEntry);
    }

    private int raise(int p, double value, double[] byPhrasing, double[] byEntry) {
        if (value > byPhrasing[p]) {
            byPhrasing[p] = value;
        }
        int e = entryOf[p];
        if (byEntry[e] == 0) {
            byEntry[e] = value;
            return 1;
        }
        if (value > byEntry[e]) {
            byEntry[e] = value;
        }
        return 0;
    }
}
