package jp.tokyo.mcc.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The FAQ's English texts as a small search: each entry's question and other ways to ask, and its answer, analysed
 * with Lucene's {@link EnglishAnalyzer} (stop words out, stems: "nurses" and "nursing" meet "nurse"). A family's
 * words score by the rare terms they share with an entry, most for its question and other ways to ask, and more the
 * closer one of those ways to ask is to their words as a whole. An entry is a
 * confident hit when at least half of the family's words are in its question, other ways to ask or answer, and some in
 * its question or other ways to ask.
 */
final class EnglishFaqIndex {

    /** A ranked entry id. */
    record Hit(String id, double score, boolean confident) {
    }

    /**
     * Lucene's English stop words and the words of any question (pronouns, question words, helping verbs): they say
     * nothing about which entry is meant.
     */
    private static final CharArraySet STOP_WORDS;

    static {
        CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        stop.addAll(List.of("i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her",
                "they", "them", "what", "how", "who", "where", "when", "which", "why", "can", "could", "do", "does",
                "did", "should", "would", "am", "have", "has", "had", "get", "got", "know", "want", "like", "need",
                "please", "about", "any", "some", "there", "here", "tell", "help", "so", "too", "also", "very",
                "just", "really", "thank", "thanks", "hi", "hello"));
        STOP_WORDS = CharArraySet.unmodifiableSet(stop);
    }

    private static final Analyzer ANALYZER = new EnglishAnalyzer(STOP_WORDS);
    private static final double QUESTION = 2.0;
    private static final double ANSWER = 0.5;
    private static final double COVERED = 0.5;

    private final Map<String, Set<String>> questions;
    private final Map<String, Set<String>> answers;
    private final Map<String, List<Set<String>>> phrases;
    private final Map<String, Integer> frequency = new HashMap<>();

    private EnglishFaqIndex(Map<String, Set<String>> questions, Map<String, Set<String>> answers,
                            Map<String, List<Set<String>>> phrases) {
        this.questions = questions;
        this.answers = answers;
        this.phrases = phrases;
        questions.forEach((id, terms) -> {
            Set<String> all = new LinkedHashSet<>(terms);
            all.addAll(answers.getOrDefault(id, Set.of()));
            all.forEach(t -> frequency.merge(t, 1, Integer::sum));
        });
    }

    static EnglishFaqIndex of(Map<String, FaqTranslations.Text> texts) {
        Map<String, Set<String>> questions = new HashMap<>();
        Map<String, Set<String>> answers = new HashMap<>();
        Map<String, List<Set<String>>> phrases = new HashMap<>();
        texts.forEach((id, t) -> {
            if (t.question() == null) {
                return;
            }
            List<Set<String>> own = new ArrayList<>();
            own.add(new LinkedHashSet<>(terms(t.question())));
            t.alternatives().forEach(a -> own.add(new LinkedHashSet<>(terms(a))));
            Set<String> q = new LinkedHashSet<>();
            own.forEach(q::addAll);
            questions.put(id, q);
            phrases.put(id, own);
            answers.put(id, t.answer() == null ? Set.of() : new LinkedHashSet<>(terms(t.answer())));
        });
        return new EnglishFaqIndex(questions, answers, phrases);
    }

    boolean isEmpty() {
        return questions.isEmpty();
    }

    /** The best entries for a family's English words, best first. */
    List<Hit> search(String text, int max) {
        Set<String> asked = new LinkedHashSet<>(terms(text));
        if (asked.isEmpty()) {
            return List.of();
        }
        int n = Math.max(1, questions.size());
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : questions.entrySet()) {
            Set<String> answer = answers.getOrDefault(e.getKey(), Set.of());
            double score = 0;
            int covered = 0;
            int inQuestion = 0;
            for (String term : asked) {
                double idf = Math.log(1.0 + (double) n / frequency.getOrDefault(term, n));
                if (e.getValue().contains(term)) {
                    score += QUESTION * idf;
                    covered++;
                    inQuestion++;
                } else if (answer.contains(term)) {
                    score += ANSWER * idf;
                    covered++;
                }
            }
            if (score > 0) {
                // the closer one of its ways to ask is to the family's words as a whole, the better
                score *= 1 + closest(asked, phrases.getOrDefault(e.getKey(), List.of()));
                hits.add(new Hit(e.getKey(), score, inQuestion > 0 && covered >= Math.ceil(asked.size() * COVERED)));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed());
        return hits.size() > max ? List.copyOf(hits.subList(0, max)) : List.copyOf(hits);
    }

    /** The largest overlap (shared terms over all terms) of the family's words with one way to ask. */
    private static double closest(Set<String> asked, List<Set<String>> phrases) {
        double best = 0;
        for (Set<String> p : phrases) {
            Set<String> union = new LinkedHashSet<>(p);
            union.addAll(asked);
            long shared = p.stream().filter(asked::contains).count();
            best = union.isEmpty() ? best : Math.max(best, (double) shared / union.size());
        }
        return best;
    }

    /** Whether a text reads as English: Latin letters and no Japanese. */
    static boolean looksEnglish(String text) {
        if (text == null) {
            return false;
        }
        boolean latin = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
            if (b == Character.UnicodeBlock.HIRAGANA || b == Character.UnicodeBlock.KATAKANA
                    || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS) {
                return false;
            }
            latin |= c < 128 && Character.isLetter(c);
        }
        return latin;
    }

    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
