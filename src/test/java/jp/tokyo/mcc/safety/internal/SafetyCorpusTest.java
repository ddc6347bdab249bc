package jp.tokyo.mcc.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import jp.tokyo.mcc.safety.SafetyAlert;
import jp.tokyo.mcc.shared.AdminFiles;

/** The administrator phrase files against {@code safety/corpus.yaml}: every line must be right. */
class SafetyCorpusTest {

    private static SafetyNet net;
    private static Map<?, ?> corpus;

    @BeforeAll
    static void load() throws Exception {
        net = new SafetyNet(new AdminFiles(Path.of("flows")));
        assertThat(net.reload()).as("flows/safety files are valid").isTrue();
        try (InputStream in = SafetyCorpusTest.class.getResourceAsStream("/safety/corpus.yaml")) {
            corpus = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
        }
    }

    @Test
    void everyLineOfTheCorpusIsRight() {
        List<?> positives = (List<?>) corpus.get("positives");
        List<?> negatives = (List<?>) corpus.get("negatives");
        assertThat(positives).hasSizeGreaterThanOrEqualTo(40);
        assertThat(negatives).hasSizeGreaterThanOrEqualTo(20);
        List<String> wrong = new ArrayList<>();
        for (Object o : positives) {
            Map<?, ?> line = (Map<?, ?>) o;
            String text = String.valueOf(line.get("text"));
            String expected = String.valueOf(line.get("expect")).toUpperCase();
            Optional<SafetyAlert> alert = net.check(text);
            String got = alert.map(a -> a.kind().name()).orElse("NONE");
            if (!got.equals(expected)) {
                wrong.add(text + " -> expected " + expected + ", got " + got);
            }
        }
        for (Object o : negatives) {
            String text = String.valueOf(o);
            net.explain(text).ifPresent(why -> wrong.add(text + " -> expected none, got " + why));
        }
        assertThat(wrong).as("corpus lines answered wrongly").isEmpty();
        assertThat(positives.stream().map(o -> String.valueOf(((Map<?, ?>) o).get("expect"))).distinct().toList())
                .contains("emergency", "disaster");
    }

    @Test
    void theEmergencyAnswerSaysCall119FirstThen8000() {
        SafetyAlert alert = net.check("息をしていない").orElseThrow();
        assertThat(alert.kind()).isEqualTo(SafetyAlert.Kind.EMERGENCY);
        assertThat(alert.messages().get(0).lines().findFirst().orElseThrow()).contains("119");
        assertThat(String.join("\n", alert.messages())).contains("#8000");
        assertThat(alert.flowState()).isNull();
    }

    @Test
    void theDisasterAnswerNames171AndLeadsToTheDisasterPath() {
        SafetyAlert alert = net.check("停電しています").orElseThrow();
        assertThat(alert.kind()).isEqualTo(SafetyAlert.Kind.DISASTER);
        String all = String.join("\n", alert.messages());
        assertThat(all).contains("171").contains("区市町村").contains("主治医").contains("訪問看護");
        assertThat(alert.flowState()).isEqualTo("intake:disaster");
    }

    @Test
    void checksAreFast() {
        List<String> texts = List.of("退院後のことを相談したいのですが、どこに連絡すればいいかわかりません。",
                "停電で人工呼吸器が止まった", "来週の地震訓練", "今日はありがとうございました");
        long start = System.nanoTime();
        for (int i = 0; i < 2000; i++) {
            net.check(texts.get(i % texts.size()));
        }
        long perCheckMicros = (System.nanoTime() - start) / 2000 / 1000;
        assertThat(perCheckMicros).as("microseconds per check").isLessThan(2000);
    }

    @Test
    void emptyTextIsNoAlert() {
        assertThat(net.check("")).isEmpty();
        assertThat(net.check(null)).isEmpty();
        assertThat(net.check("   ")).isEmpty();
    }
}
