package jp.tokyo.mcc.knowledge.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.tokyo.mcc.knowledge.FaqAnswer;
import jp.tokyo.mcc.knowledge.FaqEntry;
import jp.tokyo.mcc.knowledge.FaqHit;

/**
 * An immutable in-memory index of FAQ entries, and the ranking of entries for a family's words.
 *
 * <p>The family's text is normalized, its synonyms replaced ({@link FaqSynonyms}) and analysed once. Every word
 * weighs by its rarity in the FAQ (a word the FAQ never uses weighs as much as the rarest). For each entry:
 * <ul>
 *   <li><b>coverage</b>: the weighted share of the family's words that its ways of asking have (the answer counting
 *       half); kana-only words that the tokenizer splits badly may instead be covered by runs of reading bigrams.
 *       An entry is a confident hit when its coverage reaches the threshold;</li>
 *   <li><b>closeness</b>: how close its nearest way of asking is to the family's words as a whole (a weighted
 *       overlap over the union of both), so that 訪問看護 prefers 「訪問看護とは？」 to 「訪問看護の費用は？」.</li>
 * </ul>
 * The score is their sum. One confident entry clearly ahead of the next is the answer; two or three within the
 * margin are offered to choose from.
 */
final class FaqIndex {

    /** Only the start of a long message is searched (a question comes first). */
    static final int MAX_QUERY_LENGTH = 200;
    private static final int MIN_BIGRAM_RUN = 3;
    private static final int MAX_CANDIDATES = 3;
    private static final double SOUND_WEIGHT = 1.0;

    private final JapaneseAnalysis analysis;
    private final FaqSynonyms synonyms;
    private final FaqEntryModel[] models;
    private final Map<String, FaqEntry> byId;
    private final Map<String, FaqEntry> byIdOrFormerId;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final String allReadings;
    private final ReadingBigrams readingBigrams;
    private final FaqWordIndex wordIndex;

    FaqIndex(List<FaqEntry> entryList, FaqSynonyms synonyms, JapaneseAnalysis analysis) {
        this.analysis = analysis;
        this.synonyms = synonyms;
        Map<String, FaqEntry> ids = new LinkedHashMap<>();
        Map<String, FaqEntry> all = new HashMap<>();
        List<FaqEntryModel> built = new ArrayList<>();
        StringBuilder readings = new StringBuilder();
        for (FaqEntry entry : entryList) {
            ids.put(entry.id(), entry);
            FaqEntryModel model = new FaqEntryModel(entry, synonyms, analysis);
            built.add(model);
            model.allBase().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
            readings.append(model.askedSpoken()).append(model.answerSpoken).append('|');
        }
        entryList.forEach(e -> e.formerIds().forEach(former -> all.put(former, e)));
        all.putAll(ids);
        this.byId = Collections.unmodifiableMap(ids);
        this.byIdOrFormerId = Map.copyOf(all);
        this.models = built.toArray(FaqEntryModel[]::new);
        this.allReadings = readings.toString();
        for (FaqEntryModel model : models) {
            for (FaqEntryModel.Phrasing p : model.phrasings) {
                p.weight = weightOfDistinct(p.words);
            }
        }
        this.readingBigrams = new ReadingBigrams(models);
        this.wordIndex = new FaqWordIndex(models);
    }

    FaqIndex(List<FaqEntry> entryList, JapaneseAnalysis analysis) {
        this(entryList, FaqSynonyms.none(), analysis);
    }

    static FaqIndex empty(JapaneseAnalysis analysis) {
        return new FaqIndex(List.of(), analysis);
    }

    int size() {
        return byId.size();
    }

    Optional<FaqEntry> entry(String id) {
        return Optional.ofNullable(id == null ? null : byIdOrFormerId.get(id));
    }

    List<FaqEntry> entries() {
        return List.copyOf(byId.values());
    }

    /** The best entries for the text, best first; a hit is confident when its coverage reaches the threshold. */
    List<FaqHit> search(String text, int max, double threshold) {
        List<Scored> ranked = rank(text);
        List<FaqHit> hits = new ArrayList<>(Math.min(max, ranked.size()));
        for (int i = 0; i < ranked.size() && i < max; i++) {
            Scored s = ranked.get(i);
            hits.add(new FaqHit(s.model.entry, s.score, s.coverage >= threshold));
        }
        return hits;
    }

    /** One entry clearly ahead of the next by {@code margin}, two or three close ones, or nothing confident. */
    FaqAnswer answer(String text, double threshold, double margin) {
        List<Scored> ranked = rank(text);
        List<FaqEntry> close = new ArrayList<>(MAX_CANDIDATES);
        double best = -1;
        for (Scored s : ranked) {
            if (s.coverage < threshold) {
                continue;
            }
            if (best < 0) {
                best = s.score;
            } else if (best - s.score >= margin || close.size() == MAX_CANDIDATES) {
                break;
            }
            close.add(s.model.entry);
        }
        if (close.isEmpty()) {
            return new FaqAnswer.Nothing();
        }
        return close.size() == 1 ? new FaqAnswer.Clear(close.get(0)) : new FaqAnswer.Ambiguous(close);
    }

    /** The rarity-weighted share of the family's words that the entry covers (0..1), for tests and tuning. */
    double coverage(String text, String id) {
        return rank(text).stream().filter(s -> s.model.entry.id().equals(id)).mapToDouble(s -> s.coverage)
                .findFirst().orElse(0);
    }

    private record Scored(FaqEntryModel model, double coverage, double score) {
    }

    /** Every entry the words touch, best first. */
    private List<Scored> rank(String text) {
        String normalized = JapaneseText.normalize(text);
        if (normalized.length() > MAX_QUERY_LENGTH) {
            int end = Character.isHighSurrogate(normalized.charAt(MAX_QUERY_LENGTH - 1))
                    ? MAX_QUERY_LENGTH - 1 : MAX_QUERY_LENGTH;
            normalized = normalized.substring(0, end);
        }
        if (normalized.isEmpty() || models.length == 0) {
            return List.of();
        }
        String canonical = synonyms.canonical(normalized);
        JapaneseAnalysis.Analysed asked = analysis.analyse(canonical);
        List<JapaneseAnalysis.Word> words = distinct(asked.words());
        if (words.isEmpty()) {
            return List.of(); // only particles, auxiliaries, greetings (わからない, はい、お願いします): nothing to look up
        }
        double[] weights = new double[words.size()];
        double total = 0;
        boolean unknownWord = false;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = weight(words.get(i));
            total += weights[i];
            unknownWord |= unknownToTheFaq(words.get(i));
        }
        // kana-only questions often defeat the tokenizer: then runs of reading bigrams may cover them, unless the
        // question has a word the FAQ never uses at all (ねこのことをそうだんしたい is about nothing the FAQ knows)
        boolean byBigrams = !unknownWord && mostlyKana(canonical) && asked.spoken().length() > 2;
        double[] alike = readingBigrams.soundAlike(asked.spoken());
        // each word looked up once: its credit by every way of asking and by every entry
        double[][] byPhrasing = new double[weights.length][];
        double[][] byEntry = new double[weights.length][];
        for (int i = 0; i < weights.length; i++) {
            byPhrasing[i] = new double[wordIndex.phrasings()];
            byEntry[i] = new double[models.length];
            wordIndex.credit(words.get(i), byPhrasing[i], byEntry[i]);
        }
        QueryBigrams queryBigrams = byBigrams ? queryBigrams(asked.spoken()) : null;
        List<Scored> ranked = new ArrayList<>();
        for (int e = 0; e < models.length; e++) {
            FaqEntryModel model = models[e];
            double covered = 0;
            boolean askedAny = false;
            for (int i = 0; i < weights.length; i++) {
                double credit = byEntry[i][e];
                covered += weights[i] * credit;
                askedAny |= credit > 0.5;
            }
            double coverage = total == 0 ? 0 : covered / total;
            double closeness = askedAny ? closeness(model, wordIndex.firstPhrasing(e), byPhrasing, weights, total) : 0;
            if (byBigrams) {
                double bigrams = bigramCoverage(queryBigrams, e);
                coverage = Math.max(coverage, bigrams);
                closeness = Math.max(closeness, bigrams * 0.5);
            }
            if (coverage > 0) {
                ranked.add(new Scored(model, coverage, coverage + closeness + SOUND_WEIGHT * alike[e]));
            }
        }
        ranked.sort((a, b) -> Double.compare(b.score, a.score));
        return ranked;
    }

    /** The weighted overlap of the family's words with the nearest way of asking, over the union of both. */
    private static double closeness(FaqEntryModel model, int firstPhrasing, double[][] byPhrasing, double[] weights,
                                    double total) {
        double best = 0;
        for (int k = 0; k < model.phrasings.length; k++) {
            FaqEntryModel.Phrasing p = model.phrasings[k];
            if (p.kanaOnly) {
                continue; // no words to compare: how it reads aloud counts instead
            }
            double matched = 0;
            for (int i = 0; i < weights.length; i++) {
                matched += weights[i] * byPhrasing[i][firstPhrasing + k];
            }
            if (matched > 0) {
                best = Math.max(best, matched / (total + p.weight - matched));
            }
        }
        return best;
    }

    private static List<JapaneseAnalysis.Word> distinct(List<JapaneseAnalysis.Word> words) {
        if (words.size() < 2) {
            return words;
        }
        List<JapaneseAnalysis.Word> distinct = new ArrayList<>(words.size());
        for (JapaneseAnalysis.Word w : words) {
            boolean seen = false;
            for (JapaneseAnalysis.Word d : distinct) {
                seen |= d.base().equals(w.base());
            }
            if (!seen) {
                distinct.add(w);
            }
        }
        return distinct;
    }

    private double weightOfDistinct(List<JapaneseAnalysis.Word> words) {
        double total = 0;
        for (JapaneseAnalysis.Word w : distinct(words)) {
            total += weight(w);
        }
        return total;
    }

    /**
     * Rarity-weighted share of the question's reading bigrams found in what the entry's askers wrote. Only runs of
     * at least two neighbouring bigrams (three kana in a row) count: a lone shared pair is chance.
     */
    private double bigramCoverage(QueryBigrams query, int entry) {
        int n = query.weights.length;
        double total = 0;
        double covered = 0;
        double run = 0;
        int runLength = 0;
        for (int i = 0; i <= n; i++) {
            boolean found = false;
            double weight = 0;
            if (i < n) {
                weight = query.weights[i];
                found = query.inEntry[i][entry];
                total += weight;
            }
            if (found) {
                run += weight;
                runLength++;
            } else {
                if (runLength >= MIN_BIGRAM_RUN) {
                    covered += run;
                }
                run = 0;
                runLength = 0;
            }
        }
        return total == 0 ? 0 : covered / total;
    }

    /** The reading bigrams of a question, in order: each one's rarity and which entries' askers wrote it. */
    private record QueryBigrams(double[] weights, boolean[][] inEntry) {
    }

    private QueryBigrams queryBigrams(String reading) {
        int n = Math.max(reading.length() - 1, 0);
        double[] weights = new double[n];
        boolean[][] inEntry = new boolean[n][];
        for (int i = 0; i < n; i++) {
            weights[i] = idf(readingBigrams.entryFrequency(reading, i));
            inEntry[i] = new boolean[models.length];
            readingBigrams.markEntries(reading, i, inEntry[i]);
        }
        return new QueryBigrams(weights, inEntry);
    }

    private boolean unknownToTheFaq(JapaneseAnalysis.Word w) {
        return w.reading().length() >= 2 && !documentFrequency.containsKey(w.base())
                && !allReadings.contains(w.reading());
    }

    static boolean mostlyKana(String text) {
        String letters = JapaneseText.lettersOnly(text);
        if (letters.isEmpty()) {
            return false;
        }
        long kana = letters.chars().filter(c -> (c >= '\u3041' && c <= '\u309F') || c == 'ー').count();
        return kana >= 0.8 * letters.length();
    }

    /** Inverse document frequency of the word in the FAQ; a word the FAQ never uses weighs as much as the rarest. */
    private double weight(JapaneseAnalysis.Word w) {
        double weight = idf(documentFrequency.getOrDefault(w.base(), 0)) * w.salience();
        if (w.kana() && w.reading().length() < 2) {
            weight *= 0.3; // a stray kana left over by the tokenizer says little
        }
        return weight;
    }

    private double idf(int df) {
        int n = Math.max(models.length, 2);
        int counted = Math.max(df, 1);
        return Math.max(Math.log(1 + (n - counted + 0.5) / (counted + 0.5)), 0.15);
    }
}
