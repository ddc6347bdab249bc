package jp.tokyo.mcc.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.tokyo.mcc.knowledge.FaqEntry;

/**
 * The int-coded bigram table gives what sets of two-letter strings give (the way the search counted them before):
 * the same Dice coefficients to the bit and the same entry frequencies, over the FAQ's own ways of asking and a few
 * families' questions.
 */
class ReadingBigramsTest {

    private static Set<String> bigrams(String reading) {
        Set<String> bigrams = new HashSet<>();
        for (int i = 0; i + 1 < reading.length(); i++) {
            bigrams.add(reading.substring(i, i + 2));
        }
        return bigrams;
    }

    @Test
    void sameAsStringSets() {
        FaqFiles.Snapshot faq = FaqRankingReference.faq();
        JapaneseAnalysis analysis = new JapaneseAnalysis();
        List<FaqEntry> entries = faq.usable();
        FaqEntryModel[] models = entries.stream().map(e -> new FaqEntryModel(e, faq.synonyms(), analysis))
                .toArray(FaqEntryModel[]::new);
        ReadingBigrams table = new ReadingBigrams(models);
        List<String> readings = List.of("そうだんはむりょうですか", "ほうもんかんごのひようはいくら", "しょーとすてい",
                "あ", "", "ゔぁゔぁ", "abc123", "たんきにゅうしょのもうしこみ");
        for (String reading : readings) {
            Set<String> asked = bigrams(reading);
            double[] alike = table.soundAlike(reading);
            for (int e = 0; e < models.length; e++) {
                double best = 0;
                for (FaqEntryModel.Phrasing p : models[e].phrasings) {
                    Set<String> own = bigrams(p.spoken);
                    long shared = own.stream().filter(asked::contains).count();
                    if (shared > 0) {
                        best = Math.max(best, 2.0 * shared / (asked.size() + own.size()));
                    }
                }
                assertThat(alike[e]).as(reading + " / " + entries.get(e).id()).isEqualTo(best);
            }
            for (int i = 0; i + 1 < reading.length(); i++) {
                String bigram = reading.substring(i, i + 2);
                long entriesWithIt = java.util.Arrays.stream(models).filter(m -> java.util.Arrays.stream(m.phrasings)
                        .anyMatch(p -> p.spoken.contains(bigram))).count();
                assertThat(table.entryFrequency(reading, i)).as(bigram).isEqualTo((int) entriesWithIt);
            }
        }
        assertThat(java.util.Arrays.stream(table.soundAlike("そうだんはむりょうですか")).max().orElse(0))
                .isGreaterThan(0.5);
    }
}
