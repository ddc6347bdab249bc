package jp.tokyo.mcc.knowledge.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jp.tokyo.mcc.knowledge.FaqAnswer;
import jp.tokyo.mcc.knowledge.FaqEntry;
import jp.tokyo.mcc.knowledge.FaqHit;
import jp.tokyo.mcc.shared.AdminFiles;
import jp.tokyo.mcc.support.BenchMixTexts;

/**
 * The FAQ ranking of a fixed FAQ for a fixed list of texts, as one line per text, so that a change meant to make the
 * search cheaper can show that it changes no result ({@link FaqRankingUnchangedTest}).
 *
 * <p>The FAQ is a copy of {@code flows/faq/*.yaml} in {@value #FAQ} (so that later edits of the shipped FAQ do not
 * touch the reference). {@link #main} wrote {@value #RECORDED} from the code before the change (commit f14468c, the
 * search as it was before the per-word look-ups of the FAQ index); the texts are every question and alternative of
 * the copied FAQ, every text of {@code bench/mix.txt} and every question of the search-quality corpora:
 * <pre>
 * ./mvnw -o test-compile && java -cp target/test-classes:target/classes:$(deps) \
 *     jp.tokyo.mcc.knowledge.internal.FaqRankingReference
 * </pre>
 * A line: the text, the answer ({@code clear ID}, {@code ambiguous ID ID..} or {@code nothing}), how many entries the
 * text touches and the exact sum of their scores, then the first {@value #TOP} hits with their exact scores and
 * whether each is confident (tab separated).
 */
final class FaqRankingReference {

    static final String FAQ = "src/test/resources/knowledge/ranking-reference";
    static final String RECORDED = "src/test/resources/knowledge/faq-ranking-reference.tsv";
    static final int TOP = 5;
    /** A fixed day, so that review dates in the copy never expire its entries. */
    static final LocalDate DAY = LocalDate.of(2030, 1, 1);

    private FaqRankingReference() {
    }

    static FaqFiles.Snapshot faq() {
        return new FaqFiles(new AdminFiles(Path.of(FAQ))).read(DAY);
    }

    static FaqIndex index() {
        FaqFiles.Snapshot snapshot = faq();
        return new FaqIndex(snapshot.usable(), snapshot.synonyms(), new JapaneseAnalysis());
    }

    /** The line of a text: its answer, the count and score sum of all hits, the first hits. */
    static String line(FaqIndex index, String text) {
        double threshold = KnowledgeProperties.defaults().confidenceThreshold();
        double margin = KnowledgeProperties.defaults().clearMargin();
        StringBuilder sb = new StringBuilder(text).append('\t');
        FaqAnswer answer = index.answer(text, threshold, margin);
        if (answer instanceof FaqAnswer.Clear c) {
            sb.append("clear ").append(c.entry().id());
        } else if (answer instanceof FaqAnswer.Ambiguous a) {
            sb.append("ambiguous");
            a.candidates().forEach(e -> sb.append(' ').append(e.id()));
        } else {
            sb.append("nothing");
        }
        List<FaqHit> hits = index.search(text, Integer.MAX_VALUE, threshold);
        double sum = 0;
        for (FaqHit h : hits) {
            sum += h.score();
        }
        sb.append('\t').append(hits.size()).append(' ').append(sum);
        for (int i = 0; i < hits.size() && i < TOP; i++) {
            FaqHit h = hits.get(i);
            sb.append('\t').append(h.entry().id()).append(' ').append(h.score()).append(h.confident() ? " +" : " -");
        }
        return sb.toString();
    }

    /** Every way of asking of the copied FAQ, the mix's texts and the corpora's questions, without repeats. */
    static List<String> texts() {
        Set<String> texts = new LinkedHashSet<>();
        for (FaqEntry e : faq().usable()) {
            texts.add(e.question());
            texts.addAll(e.alternatives());
        }
        texts.addAll(BenchMixTexts.all(Path.of("bench", "mix.txt")));
        SearchQualityCorpus.load().all().forEach(q -> texts.add(q.text()));
        texts.removeIf(t -> t.indexOf('\t') >= 0 || t.indexOf('\n') >= 0);
        return new ArrayList<>(texts);
    }

    public static void main(String[] args) throws IOException {
        FaqIndex index = index();
        List<String> lines = new ArrayList<>();
        for (String text : texts()) {
            lines.add(line(index, text));
        }
        Files.write(Path.of(RECORDED), lines, StandardCharsets.UTF_8);
        System.out.printf("%d texts recorded in %s%n", lines.size(), RECORDED);
    }
}
