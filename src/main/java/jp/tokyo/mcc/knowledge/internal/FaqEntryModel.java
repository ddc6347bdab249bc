package jp.tokyo.mcc.knowledge.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jp.tokyo.mcc.knowledge.FaqEntry;

/**
 * One FAQ entry as the search sees it: each way of asking it (the question and its alternatives) analysed, their
 * union, and the answer's words. Built once per FAQ version; {@link FaqWordIndex} says how well each has a word.
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
    }

    final FaqEntry entry;
    final Phrasing[] phrasings;
    private final Set<String> askedBase = new HashSet<>();
    private final String askedSpoken;
    private final Set<String> answerBase = new HashSet<>();
    private final Set<String> answerReadings = new HashSet<>();
    final String answerSpoken;

    FaqEntryModel(FaqEntry entry, FaqSynonyms synonyms, JapaneseAnalysis analysis) {
        this.entry = entry;
        List<String> asked = new ArrayList<>();
        asked.add(entry.question());
        asked.addAll(entry.alternatives());
        this.phrasings = new Phrasing[asked.size()];
        StringBuilder spoken = new StringBuilder();
        for (int i = 0; i < asked.size(); i++) {
            String text = synonyms.canonical(JapaneseText.normalize(asked.get(i)));
            Phrasing p = new Phrasing(text, analysis.analyse(text));
            phrasings[i] = p;
            askedBase.addAll(p.bases);
            spoken.append(p.spoken).append('|');
        }
        this.askedSpoken = spoken.toString();
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

    /** The base forms of the answer's words. */
    Set<String> answerBase() {
        return answerBase;
    }

    /** The readings of the answer's words. */
    Set<String> answerReadings() {
        return answerReadings;
    }
}
