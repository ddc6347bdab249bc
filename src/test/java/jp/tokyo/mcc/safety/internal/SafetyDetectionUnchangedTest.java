package jp.tokyo.mcc.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The safety net finds exactly what the reference recorded (see {@link SafetyDetectionReference} for how and from
 * which code): the same signs, tiers, outcomes and reasons, in the same order, for every line of both safety corpora
 * and every text of the benchmark's mix, with a fixed copy of the safety files. A change that means to change what is
 * found records the reference again and says so.
 */
class SafetyDetectionUnchangedTest {

    @Test
    void everyTextIsReadAsRecorded() throws IOException {
        List<String> recorded = Files.readAllLines(Path.of(SafetyDetectionReference.RECORDED), StandardCharsets.UTF_8);
        assertThat(recorded).hasSizeGreaterThan(300);
        assertThat(recorded).anyMatch(l -> l.contains("ALARM"));
        SafetyNet net = SafetyDetectionReference.net();
        for (String line : recorded) {
            int tab = line.indexOf('\t');
            String text = tab < 0 ? line : line.substring(0, tab);
            assertThat(SafetyDetectionReference.line(net, text)).as(text).isEqualTo(line);
        }
    }

    @Test
    void theReferenceCoversEveryTextItNames() throws IOException {
        List<String> recorded = Files.readAllLines(Path.of(SafetyDetectionReference.RECORDED), StandardCharsets.UTF_8);
        List<String> texts = recorded.stream().map(l -> l.indexOf('\t') < 0 ? l : l.substring(0, l.indexOf('\t')))
                .toList();
        assertThat(texts).containsAll(SafetyDetectionReference.texts());
    }
}
