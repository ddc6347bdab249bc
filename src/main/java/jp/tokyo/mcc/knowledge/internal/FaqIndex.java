package jp.tokyo.mcc.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.tokyo.mcc.knowledge.FaqEntry;
import jp.tokyo.mcc.knowledge.FaqHit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An immutable in-memory Lucene index of FAQ entries. Ranking: BM25 over the question and its alternatives (boosted),
 * the answer, their readings and character bigrams. Confidence: how much of the family's words (weighted by rarity in
 * the FAQ; a word the FAQ never uses weighs as much as the rarest) an entry's question and alternatives cover, the
 * answer counting half. Kana-only questions, which the tokenizer often splits badly, may instead be covered by runs
 * of reading bigrams.
 */
final class FaqIndex {

    static final String QUESTION = "question";
    static final String ALTERNATIVES = "alternatives";
    static final String ANSWER = "answer";
    static final String QUESTION_READING = "question_reading";
    static final String ALTERNATIVES_READING = "alternatives_reading";
    static final String BIGRAMS = "bigrams";
    static final String READING_BIGRAMS = "reading_bigrams";
    private static final String ID = "id";

    private static final Map<String, Float> BOOSTS = new LinkedHashMap<>();

    static {
        BOOSTS.put(QUESTION, 3.0f);
        BOOSTS.put(ALTERNATIVES, 2.5f);
        BOOSTS.put(ANSWER, 0.8f);
        BOOSTS.put(QUESTION_READING, 1.5f);
        BOOSTS.put(ALTERNATIVES_READING, 1.5f);
        BOOSTS.put(BIGRAMS, 0.5f);
        BOOSTS.put(READING_BIGRAMS, 0.5f);
    }

    /** Only the start of a long message is searched (a question comes first; Lucene limits query size). */
    static final int MAX_QUERY_LENGTH = 200;

    private static final int MIN_BIGRAM_RUN = 3;

    private final JapaneseAnalysis analysis;
    private final Map<String, FaqEntry> entries;
    private final Map<String, EntryTerms> terms = new HashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, Integer> bigramFrequency = new HashMap<>();
    private final String allReadings;
    private final IndexSearcher searcher;
    private final String[] idOfDocument;
    private final Analyzer fieldAnalyzer;

    FaqIndex(List<FaqEntry> entryList, JapaneseAnalysis analysis) {
        this.analysis = analysis;
        Map<String, FaqEntry> byId = new LinkedHashMap<>();
        entryList.forEach(e -> byId.put(e.id(), e));
        this.entries = java.util.Collections.unmodifiableMap(byId);
        Analyzer whitespace = new WhitespaceAnalyzer();
        this.fieldAnalyzer = new PerFieldAnalyzerWrapper(analysis.content(), Map.of(
                QUESTION_READING, analysis.reading(), ALTERNATIVES_READING, analysis.reading(),
                BIGRAMS, whitespace, READING_BIGRAMS, whitespace));
        StringBuilder readings = new StringBuilder();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(fieldAnalyzer))) {
            for (FaqEntry entry : entries.values()) {
                writer.addDocument(document(entry));
                EntryTerms t = EntryTerms.of(entry, analysis);
                terms.put(entry.id(), t);
                t.allBase().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
                t.askedReadingBigrams().forEach(b -> bigramFrequency.merge(b, 1, Integer::sum));
                readings.append(t.askedReadingText()).append(analysis.readingString(JapaneseText.normalize(entry.answer())))
                        .append('|');
            }
            writer.commit();
            this.allReadings = readings.toString();
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
            // the index never changes: each document's entry id, read once rather than from stored fields per hit
            this.idOfDocument = new String[searcher.getIndexReader().maxDoc()];
            for (int doc = 0; doc < idOfDocument.length; doc++) {
                idOfDocument[doc] = searcher.storedFields().document(doc).get(ID);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FaqIndex empty(JapaneseAnalysis analysis) {
        return new FaqIndex(List.of(), analysis);
    }

    int size() {
        return entries.size();
    }

    Optional<FaqEntry> entry(String id) {
        return Optional.ofNullable(id == null ? null : entries.get(id));
    }

    List<FaqEntry> entries() {
        return List.copyOf(entries.values());
    }

    private Document document(FaqEntry entry) {
        Document doc = new Document();
        doc.add(new StoredField(ID, entry.id()));
        String question = JapaneseText.normalize(entry.question());
        doc.add(new TextField(QUESTION, question, Field.Store.NO));
        doc.add(new TextField(QUESTION_READING, question, Field.Store.NO));
        List<String> asked = new ArrayList<>();
        asked.add(question);
        for (String alternative : entry.alternatives()) {
            String a = JapaneseText.normalize(alternative);
            asked.add(a);
            doc.add(new TextField(ALTERNATIVES, a, Field.Store.NO));
            doc.add(new TextField(ALTERNATIVES_READING, a, Field.Store.NO));
        }
        doc.add(new TextField(ANSWER, JapaneseText.normalize(entry.answer()), Field.Store.NO));
        for (String a : asked) {
            doc.add(new TextField(BIGRAMS, JapaneseText.bigrams(JapaneseText.lettersOnly(a)), Field.Store.NO));
            doc.add(new TextField(READING_BIGRAMS, JapaneseText.bigrams(analysis.readingString(a)), Field.Store.NO));
        }
        return doc;
    }

    /** The best entries for the text, best first; a hit is confident when its coverage reaches the threshold. */
    List<FaqHit> search(String text, int max, double threshold) {
        String normalized = JapaneseText.normalize(text);
        if (normalized.length() > MAX_QUERY_LENGTH) {
            int end = Character.isHighSurrogate(normalized.charAt(MAX_QUERY_LENGTH - 1))
                    ? MAX_QUERY_LENGTH - 1 : MAX_QUERY_LENGTH;
            normalized = normalized.substring(0, end);
        }
        if (normalized.isEmpty() || entries.isEmpty() || max <= 0) {
            return List.of();
        }
        // the text is analysed once for each analyzer: the content words serve the question, alternatives and answer
        // fields (one analyzer) and the coverage; the readings both reading fields; the spoken reading its bigrams
        QueryText asked = new QueryText(normalized, analysis.words(normalized),
                analysis.terms(fieldAnalyzer, QUESTION_READING, normalized), analysis.readingString(normalized));
        Query query = query(asked);
        if (query == null) {
            return List.of();
        }
        try {
            TopDocs top = searcher.search(query, Math.max(max, 10));
            List<Ranked> ranked = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                String id = idOfDocument[sd.doc];
                double coverage = coverage(asked, terms.get(id));
                ranked.add(new Ranked(entries.get(id), sd.score, coverage));
            }
            // Lucene's order, but an entry that covers the words clearly better goes first
            double best = ranked.isEmpty() ? 1 : ranked.get(0).score;
            ranked.sort((a, b) -> Double.compare(b.combined(best), a.combined(best)));
            return ranked.stream().limit(max)
                    .map(r -> new FaqHit(r.entry, r.combined(best), r.coverage >= threshold && r.coverage > 0))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rarity-weighted share of the family's words that the entry covers (0..1), for tests and tuning. */
    double coverage(String text, String id) {
        String normalized = JapaneseText.normalize(text);
        return coverage(new QueryText(normalized, analysis.words(normalized), List.of(),
                analysis.readingString(normalized)), terms.get(id));
    }

    /** A family's (normalized) text, analysed: content words, word readings, and the whole text as read aloud. */
    private record QueryText(String normalized, List<JapaneseAnalysis.Word> words, List<String> readings,
                             String spoken) {
    }

    private Query query(QueryText asked) {
        List<String> contentTerms = asked.words().stream().map(JapaneseAnalysis.Word::base).toList();
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<String, Float> field : BOOSTS.entrySet()) {
            List<String> fieldTerms = switch (field.getKey()) {
                case BIGRAMS -> whitespaceTerms(JapaneseText.bigrams(JapaneseText.lettersOnly(asked.normalized())));
                case READING_BIGRAMS -> whitespaceTerms(JapaneseText.bigrams(asked.spoken()));
                case QUESTION_READING, ALTERNATIVES_READING -> asked.readings();
                default -> contentTerms;
            };
            if (fieldTerms.isEmpty()) {
                continue;
            }
            BooleanQuery.Builder inField = new BooleanQuery.Builder();
            for (String t : new HashSet<>(fieldTerms)) {
                inField.add(new TermQuery(new Term(field.getKey(), t)), BooleanClause.Occur.SHOULD);
            }
            builder.add(new BoostQuery(inField.build(), field.getValue()), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? null : builder.build();
    }

    private static List<String> whitespaceTerms(String s) {
        return s.isBlank() ? List.of() : List.of(s.split(" "));
    }

    private double coverage(QueryText asked, EntryTerms entry) {
        if (entry == null) {
            return 0;
        }
        double byWords = wordCoverage(asked.words(), entry);
        // kana-only questions often defeat the tokenizer: then the reading bigrams decide, unless the question has
        // a word the FAQ never uses at all (ねこのことをそうだんしたい is not about anything the FAQ knows)
        if (!mostlyKana(asked.normalized()) || asked.words().stream().anyMatch(this::unknownToTheFaq)) {
            return byWords;
        }
        return Math.max(byWords, bigramCoverage(asked.spoken(), entry));
    }

    /**
     * Rarity-weighted share of the question's reading bigrams found in what the entry's askers wrote. Only runs of
     * at least two neighbouring bigrams (three kana in a row) count: a lone shared pair is chance.
     */
    private double bigramCoverage(String reading, EntryTerms entry) {
        int n = reading.length() - 1;
        if (n < 2) {
            return 0;
        }
        boolean[] found = new boolean[n];
        double[] weight = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            String bigram = reading.substring(i, i + 2);
            weight[i] = idf(bigramFrequency.getOrDefault(bigram, 0));
            found[i] = entry.askedReadingBigrams().contains(bigram);
            total += weight[i];
        }
        double covered = 0;
        int runStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || !found[i]) {
                if (i - runStart >= MIN_BIGRAM_RUN) {
                    for (int j = runStart; j < i; j++) {
                        covered += weight[j];
                    }
                }
                runStart = i + 1;
            }
        }
        return total == 0 ? 0 : covered / total;
    }

    private boolean unknownToTheFaq(JapaneseAnalysis.Word w) {
        return w.reading().length() >= 2 && !documentFrequency.containsKey(w.base())
                && !allReadings.contains(w.reading());
    }

    private static boolean mostlyKana(String text) {
        String letters = JapaneseText.lettersOnly(text);
        if (letters.isEmpty()) {
            return false;
        }
        long kana = letters.chars().filter(c -> (c >= '\u3041' && c <= '\u309F') || c == 'ー').count();
        return kana >= 0.8 * letters.length();
    }

    private double wordCoverage(List<JapaneseAnalysis.Word> words, EntryTerms entry) {
        if (words.isEmpty()) {
            return 0;
        }
        double total = 0;
        double covered = 0;
        for (JapaneseAnalysis.Word w : words) {
            double weight = weight(w);
            total += weight;
            covered += weight * entry.credit(w);
        }
        return total == 0 ? 0 : covered / total;
    }

    /** Inverse document frequency of the word in the FAQ; a word the FAQ never uses weighs as much as the rarest. */
    private double weight(JapaneseAnalysis.Word w) {
        double weight = idf(documentFrequency.getOrDefault(w.base(), 0));
        if (w.kana() && w.reading().length() < 2) {
            weight *= 0.3; // a stray kana left over by the tokenizer says little
        }
        return weight;
    }

    private double idf(int df) {
        int n = Math.max(entries.size(), 2);
        int counted = Math.max(df, 1);
        return Math.max(Math.log(1 + (n - counted + 0.5) / (counted + 0.5)), 0.15);
    }

    private record Ranked(FaqEntry entry, double score, double coverage) {
        double combined(double best) {
            return 0.5 * (score / best) + 0.5 * coverage;
        }
    }

    /** The analysed words of one entry, for coverage. */
    private record EntryTerms(Set<String> askedBase, Set<String> askedReadings, Set<String> askedKanjiReadings,
                              String askedText,
                              String askedReadingText, Set<String> askedReadingBigrams,
                              Set<String> answerBase, Set<String> answerReadings) {

        static EntryTerms of(FaqEntry entry, JapaneseAnalysis analysis) {
            Set<String> askedBase = new HashSet<>();
            Set<String> askedReadings = new HashSet<>();
            Set<String> askedKanjiReadings = new HashSet<>();
            StringBuilder readingText = new StringBuilder();
            StringBuilder text = new StringBuilder();
            Set<String> bigrams = new HashSet<>();
            List<String> asked = new ArrayList<>();
            asked.add(entry.question());
            asked.addAll(entry.alternatives());
            for (String a : asked) {
                String n = JapaneseText.normalize(a);
                for (JapaneseAnalysis.Word w : analysis.words(n)) {
                    askedBase.add(w.base());
                    askedReadings.add(w.reading());
                    if (!w.kana()) {
                        askedKanjiReadings.add(w.reading());
                    }
                }
                String reading = analysis.readingString(n);
                readingText.append(reading).append('|');
                text.append(JapaneseText.lettersOnly(n)).append('|');
                for (int i = 0; i + 1 < reading.length(); i++) {
                    bigrams.add(reading.substring(i, i + 2));
                }
            }
            Set<String> answerBase = new HashSet<>();
            Set<String> answerReadings = new HashSet<>();
            for (JapaneseAnalysis.Word w : analysis.words(JapaneseText.normalize(entry.answer()))) {
                answerBase.add(w.base());
                answerReadings.add(w.reading());
            }
            return new EntryTerms(askedBase, askedReadings, askedKanjiReadings, text.toString(), readingText.toString(), bigrams,
                    answerBase, answerReadings);
        }

        Set<String> allBase() {
            Set<String> all = new HashSet<>(askedBase);
            all.addAll(answerBase);
            return all;
        }

        /** 1 when the question or an alternative has the word, 0.5 when only the answer has it, else 0. */
        double credit(JapaneseAnalysis.Word w) {
            // same reading: a kana word meets any spelling; a kanji word only another kanji spelling (子供 / 子ども),
            // never a kana fragment (今日 is not the きょう of きょうだい)
            Set<String> readings = w.kana() ? askedReadings : askedKanjiReadings;
            if (askedBase.contains(w.base()) || readings.contains(w.reading())) {
                return 1;
            }
            if (w.kana() && w.reading().length() >= 3 && askedReadingText.contains(w.reading())) {
                return 1;
            }
            if (!w.kana() && w.surface().length() >= 2
                    && (askedText.contains(w.surface()) || askedText.contains(w.base()))) {
                return 1; // a compound split differently (日曜日 / 日曜 + 日)
            }
            String stem = w.kanjiStem();
            if (stem != null && askedText.contains(stem)) {
                return 0.8; // another form of the same verb or adjective (働けない / 働く)
            }
            if (answerBase.contains(w.base()) || answerReadings.contains(w.reading())) {
                return 0.5;
            }
            return 0;
        }
    }
}
