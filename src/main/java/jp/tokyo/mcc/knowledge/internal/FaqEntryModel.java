package jp.tokyo.mcc.knowledge.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jp.tokyo.mcc.knowledge.FaqEntry;

/**
 * One FAQ entry as the search sees it: each way of asking it (the question and its alternatives) analysed, their
 * union, and the answer's words. Built once per FAQ version.
 */
final class FaqEntryModel {

    /**
     * One way of asking, analysed; {@code weight} is the rarity of its words, set once the whole FAQ is known. A
     * phrasing written in kana only is kept as read aloud: the tokenizer splits such text badly (そうだんはむりょう
     * is not ハム), so its words are not used.
     */
    static final class Phrasing {
        final List<JapaneseAnalysis.Word> words;
        final boolean kanaOnly;
        final Set<String> bases = new HashSet<>();
        final Set<String> readings = new HashSet<>();
        final Set<String> kanjiReadings = new HashSet<>();
        final String letters;
        final String spoken;
        double weight;

        Phrasing(String text, JapaneseAnalysis.Analysed analysed) {
            this.kanaOnly = FaqIndex.mostlyKana(text);
            this.words = kanaOnly ? List.of() : analysed.words();
            for (JapaneseAnalysis.Word w : words) {
                bases.add(w.base());
                readings.add(w.reading());
                if (!w.kana()) {
                    kanjiReadings.add(w.reading());
                }
            }
            this.letters = JapaneseText.lettersOnly(text);
            this.spoken = analysed.spoken();
        }

        /** How well this phrasing has the word: 1 (same word or reading), 0.8 (another form of it), or 0. */
        double credit(JapaneseAnalysis.Word w) {
            if (kanaOnly) {
                return readAloudIn(w, spoken) ? 1 : 0;
            }
            return FaqEntryModel.credit(w, bases, w.kana() ? readings : kanjiReadings, letters, spoken);
        }
    }

    final FaqEntry entry;
    final Phrasing[] phrasings;
    private final Set<String> askedBase = new HashSet<>();
    private final Set<String> askedReadings = new HashSet<>();
    private final Set<String> askedKanjiReadings = new HashSet<>();
    private final String askedLetters;
    private final String askedSpoken;
    private final String kanaOnlySpoken;
    final Set<String> askedReadingBigrams = new HashSet<>();
    private final Set<String> answerBase = new HashSet<>();
    private final Set<String> answerReadings = new HashSet<>();
    final String answerSpoken;

    FaqEntryModel(FaqEntry entry, FaqSynonyms synonyms, JapaneseAnalysis analysis) {
        this.entry = entry;
        List<String> asked = new ArrayList<>();
        asked.add(entry.question());
        asked.addAll(entry.alternatives());
        this.phrasings = new Phrasing[asked.size()];
        StringBuilder letters = new StringBuilder();
        StringBuilder spoken = new StringBuilder();
        StringBuilder kanaSpoken = new StringBuilder();
        for (int i = 0; i < asked.size(); i++) {
            String text = synonyms.canonical(JapaneseText.normalize(asked.get(i)));
            Phrasing p = new Phrasing(text, analysis.analyse(text));
            phrasings[i] = p;
            askedBase.addAll(p.bases);
            askedReadings.addAll(p.readings);
            askedKanjiReadings.addAll(p.kanjiReadings);
            letters.append(p.letters).append('|');
            spoken.append(p.spoken).append('|');
            if (p.kanaOnly) {
                kanaSpoken.append(p.spoken).append('|');
            }
            for (int j = 0; j + 1 < p.spoken.length(); j++) {
                askedReadingBigrams.add(p.spoken.substring(j, j + 2));
            }
        }
        this.askedLetters = letters.toString();
        this.askedSpoken = spoken.toString();
        this.kanaOnlySpoken = kanaSpoken.toString();
        JapaneseAnalysis.Analysed answer = analysis.analyse(synonyms.canonical(JapaneseText.normalize(entry.answer())));
        for (JapaneseAnalysis.Word w : answer.words()) {
            answerBase.add(w.base());
            answerReadings.add(w.reading());
        }
        this.answerSpoken = answer.spoken();
    }

    /** Every base form the entry uses (asked and answered), for the rarity of words. */
    Set<String> allBase() {
        Set<String> all = new HashSet<>(askedBase);
        all.addAll(answerBase);
        return all;
    }

    String askedSpoken() {
        return askedSpoken;
    }

    /** 1 or 0.8 when a way of asking has the word, 0.5 when only the answer has it, else 0. */
    double credit(JapaneseAnalysis.Word w) {
        double asked = credit(w, askedBase, w.kana() ? askedReadings : askedKanjiReadings, askedLetters, askedSpoken);
        if (asked > 0) {
            return asked;
        }
        if (readAloudIn(w, kanaOnlySpoken)) {
            return 1;
        }
        return answerBase.contains(w.base()) || answerReadings.contains(w.reading()) ? 0.5 : 0;
    }

    /**
     * Whether the word's reading is in a kana-only text: kana words of three letters and more, kanji words of four
     * (むりょう of 無料; not the きょう of 今日 in きょうだい).
     */
    private static boolean readAloudIn(JapaneseAnalysis.Word w, String spoken) {
        return w.reading().length() >= (w.kana() ? 3 : 4) && spoken.contains(w.reading());
    }

    /**
     * Same reading: a kana word meets any spelling; a kanji word only another kanji spelling (子供 / 子ども), never
     * a kana fragment (今日 is not the きょう of きょうだい).
     */
    private static double credit(JapaneseAnalysis.Word w, Set<String> bases, Set<String> readings, String letters,
                                 String spoken) {
        if (bases.contains(w.base()) || readings.contains(w.reading())) {
            return 1;
        }
        if (w.kana()) {
            return w.reading().length() >= 3 && spoken.contains(w.reading()) ? 1 : 0;
        }
        if (w.surface().length() >= 2 && (letters.contains(w.surface()) || letters.contains(w.base()))) {
            return 1; // a compound split differently (日曜日 / 日曜 + 日)
        }
        String stem = w.kanjiStem();
        return stem != null && letters.contains(stem) ? 0.8 : 0; // another form of a verb (働けない / 働く)
    }
}
