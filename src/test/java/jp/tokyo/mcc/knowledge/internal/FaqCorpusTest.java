package jp.tokyo.mcc.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import jp.tokyo.mcc.knowledge.FaqHit;
import jp.tokyo.mcc.shared.AdminFiles;

/** The seed FAQ against how families ask ({@code knowledge/faq-corpus.yaml}). */
class FaqCorpusTest {

    private static FaqIndex index;
    private static Corpus corpus;
    private static final double THRESHOLD = KnowledgeProperties.defaults().confidenceThreshold();

    record Question(String text, String expect) {
    }

    record Corpus(List<Question> questions, List<String> offTopic) {
    }

    @BeforeAll
    static void load() throws Exception {
        FaqFiles.Snapshot snapshot = new FaqFiles(new AdminFiles(Path.of("flows"))).read(LocalDate.now());
        assertThat(snapshot.problems()).isEmpty();
        index = new FaqIndex(snapshot.usable(), new JapaneseAnalysis());
        try (InputStream in = FaqCorpusTest.class.getResourceAsStream("/knowledge/faq-corpus.yaml")) {
            Map<?, ?> raw = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
            ObjectMapper json = new ObjectMapper();
            List<Question> questions = new ArrayList<>();
            for (Object q : (List<?>) raw.get("questions")) {
                questions.add(json.convertValue(q, Question.class));
            }
            List<String> offTopic = new ArrayList<>();
            for (Object o : (List<?>) raw.get("off-topic")) {
                offTopic.add(String.valueOf(o));
            }
            corpus = new Corpus(questions, offTopic);
        }
    }

    @Test
    void corpusIsLargeEnoughAndNamesRealEntries() {
        assertThat(corpus.questions()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(corpus.offTopic()).isNotEmpty();
        for (Question q : corpus.questions()) {
            assertThat(index.entry(q.expect())).as(q.text()).isPresent();
        }
    }

    @Test
    void findsTheRightEntryForMostPhrasings() {
        int top1 = 0;
        int top3 = 0;
        int confidentTop1 = 0;
        List<String> misses = new ArrayList<>();
        for (Question q : corpus.questions()) {
            List<FaqHit> hits = index.search(q.text(), 3, THRESHOLD);
            List<String> ids = hits.stream().map(h -> h.entry().id()).toList();
            if (!ids.isEmpty() && ids.get(0).equals(q.expect())) {
                top1++;
                if (hits.get(0).confident()) {
                    confidentTop1++;
                }
            }
            if (ids.contains(q.expect())) {
                top3++;
            }
            if (ids.isEmpty() || !ids.get(0).equals(q.expect()) || !hits.get(0).confident()) {
                misses.add(String.format("  %s -> expected %s, got %s (coverage %.2f)", q.text(), q.expect(),
                        hits.stream().map(h -> h.entry().id() + (h.confident() ? "*" : "")).toList(),
                        index.coverage(q.text(), q.expect())));
            }
        }
        int n = corpus.questions().size();
        System.out.printf("FAQ corpus: %d questions, top-1 %.1f%%, top-3 %.1f%%, confident top-1 %.1f%%%n", n,
                100.0 * top1 / n, 100.0 * top3 / n, 100.0 * confidentTop1 / n);
        misses.forEach(System.out::println);
        assertThat((double) top3 / n).as("top-3 accuracy").isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void offTopicQuestionsGetNoConfidentHit() {
        for (String text : corpus.offTopic()) {
            List<FaqHit> hits = index.search(text, 3, THRESHOLD);
            assertThat(hits).as(text).noneMatch(FaqHit::confident);
        }
    }

    @Test
    void kanaAndPoliteVariantsMeetTheKanjiEntry() {
        for (String text : List.of("退院したあと", "たいいんしたあと", "退院後のことを相談させていただきたいです",
                "タイインゴノコト")) {
            List<FaqHit> hits = index.search(text, 1, THRESHOLD);
            assertThat(hits).as(text).isNotEmpty();
            assertThat(hits.get(0).entry().id()).as(text).isEqualTo("topic-discharge");
            assertThat(hits.get(0).confident()).as(text).isTrue();
        }
    }
}
