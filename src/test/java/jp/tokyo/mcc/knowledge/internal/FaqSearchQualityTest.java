package jp.tokyo.mcc.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tokyo.mcc.knowledge.FaqAnswer;
import jp.tokyo.mcc.knowledge.FaqEntry;
import jp.tokyo.mcc.shared.AdminFiles;

/**
 * The shipped FAQ ({@code flows/faq/}) against how families ask: top-1 accuracy on the dev part and on the held-out
 * part, printed with every miss. A question is answered right when the first entry the bot would show (the clear
 * answer, or the first of the candidates) is the expected one, or, for {@code none}, when nothing is shown.
 */
class FaqSearchQualityTest {

    private static FaqIndex index;
    private static SearchQualityCorpus corpus;
    private static final KnowledgeProperties SETTINGS = KnowledgeProperties.defaults();

    @BeforeAll
    static void load() {
        FaqFiles.Snapshot snapshot = new FaqFiles(new AdminFiles(Path.of("flows"))).read(LocalDate.now());
        assertThat(snapshot.problems()).isEmpty();
        index = new FaqIndex(snapshot.usable(), snapshot.synonyms(), new JapaneseAnalysis());
        corpus = SearchQualityCorpus.load();
    }

    private record Report(String part, int questions, int right, int clear, int ambiguous, List<String> misses) {
        double accuracy() {
            return (double) right / questions;
        }

        void print() {
            System.out.printf("FAQ search quality, %s: %d phrasings, top-1 %.1f%% (%d right; %d answered directly, "
                    + "%d with 2-3 candidates)%n", part, questions, 100 * accuracy(), right, clear, ambiguous);
            misses.forEach(System.out::println);
        }
    }

    private static Report evaluate(String part, List<SearchQualityCorpus.Question> questions) {
        int right = 0;
        int clear = 0;
        int ambiguous = 0;
        List<String> misses = new ArrayList<>();
        for (SearchQualityCorpus.Question q : questions) {
            FaqAnswer answer = index.answer(q.text(), SETTINGS.confidenceThreshold(), SETTINGS.clearMargin());
            List<String> shown = answer.entries().stream().map(FaqEntry::id).toList();
            boolean ok = q.expectsNothing() ? shown.isEmpty() : !shown.isEmpty() && shown.get(0).equals(q.expect());
            if (ok) {
                right++;
                clear += answer instanceof FaqAnswer.Clear ? 1 : 0;
                ambiguous += answer instanceof FaqAnswer.Ambiguous ? 1 : 0;
            } else {
                misses.add(String.format("  miss (%s): %s -> expected %s, shown %s", part.split(" ")[0], q.text(), q.expect(), shown));
            }
        }
        return new Report(part, questions.size(), right, clear, ambiguous, misses);
    }

    @Test
    void theTestSetIsLargeAndNamesRealEntries() {
        assertThat(corpus.all()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(corpus.heldOut()).hasSizeGreaterThanOrEqualTo(100);
        for (SearchQualityCorpus.Question q : corpus.all()) {
            if (!q.expectsNothing()) {
                assertThat(index.entry(q.expect())).as(q.text()).isPresent();
            }
        }
        assertThat(corpus.all()).filteredOn(SearchQualityCorpus.Question::expectsNothing).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void findsTheRightEntryFirstForNineInTenPhrasings() {
        Report dev = evaluate("dev", corpus.dev());
        Report heldOut = evaluate("held-out (never tuned on)", corpus.heldOut());
        dev.print();
        heldOut.print();
        assertThat(dev.accuracy()).as("top-1 accuracy, dev").isGreaterThanOrEqualTo(0.9);
        assertThat(heldOut.accuracy()).as("top-1 accuracy, held-out").isGreaterThanOrEqualTo(0.9);
    }
}
