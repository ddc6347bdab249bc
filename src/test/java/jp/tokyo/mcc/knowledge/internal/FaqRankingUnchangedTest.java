package jp.tokyo.mcc.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The FAQ search ranks exactly as the reference recorded (see {@link FaqRankingReference} for how and from which code
 * it was recorded): the same answer, the same entries in the same order with the same scores, to the last bit, for
 * every way of asking of a fixed copy of the FAQ, every text of the benchmark's mix and every question of the
 * search-quality corpora. A change that means to change the ranking records the reference again and says so.
 */
class FaqRankingUnchangedTest {

    @Test
    void everyTextRanksAsRecorded() throws IOException {
        List<String> recorded = Files.readAllLines(Path.of(FaqRankingReference.RECORDED), StandardCharsets.UTF_8);
        assertThat(recorded).hasSizeGreaterThan(500);
        FaqIndex index = FaqRankingReference.index();
        assertThat(index.size()).isEqualTo(63);
        for (String line : recorded) {
            String text = line.substring(0, line.indexOf('\t'));
            assertThat(FaqRankingReference.line(index, text)).as(text).isEqualTo(line);
        }
    }

    @Test
    void theReferenceCoversEveryTextItNames() throws IOException {
        List<String> recorded = Files.readAllLines(Path.of(FaqRankingReference.RECORDED), StandardCharsets.UTF_8);
        List<String> texts = recorded.stream().map(l -> l.substring(0, l.indexOf('\t'))).toList();
        assertThat(texts).containsAll(FaqRankingReference.texts());
    }
}
