package jp.tokyo.mcc.conversation.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import jp.tokyo.mcc.conversation.TranscriptLine;
import org.junit.jupiter.api.Test;

/** A transcript adds lines at the end, keeps the last ones, and reads its stored lines only when asked. */
class TranscriptTest {

    private static final Instant T = Instant.parse("2026-12-04T01:00:00Z");

    private static TranscriptLine family(String text) {
        return new TranscriptLine(TranscriptLine.Author.FAMILY, text, T);
    }

    @Test
    void storedLinesAreReadOnlyWhenTheTranscriptIs() {
        int[] reads = {0};
        Transcript t = Transcript.stored(2, () -> {
            reads[0]++;
            return List.of(family("a"), family("b"));
        });
        t.add(family("c"));

        assertThat(t.size()).isEqualTo(3);
        assertThat(t.added()).extracting(TranscriptLine::text).containsExactly("c");
        assertThat(reads[0]).isZero();
        assertThat(t.lines()).extracting(TranscriptLine::text).containsExactly("a", "b", "c");
        assertThat(t.lines()).hasSize(3);
        assertThat(reads[0]).isOne();
    }

    @Test
    void onlyTheLastLinesKeptAreRead() {
        Transcript t = Transcript.stored(3, () -> List.of(family("a"), family("b"), family("c")));
        t.add(family("d"));
        t.add(family("e"));

        t.keepLast(4);
        assertThat(t.lines()).extracting(TranscriptLine::text).containsExactly("b", "c", "d", "e");

        t.keepLast(1);
        assertThat(t.lines()).extracting(TranscriptLine::text).containsExactly("e");
        assertThat(t.added()).extracting(TranscriptLine::text).containsExactly("e");
    }

    @Test
    void aClearedTranscriptHasNothingOfBefore() {
        int[] reads = {0};
        Transcript t = Transcript.stored(1, () -> {
            reads[0]++;
            return List.of(family("a"));
        });
        t.clear();
        t.add(family("new"));

        assertThat(t.cleared()).isTrue();
        assertThat(t.lines()).extracting(TranscriptLine::text).containsExactly("new");
        assertThat(reads[0]).isZero();
        assertThat(Transcript.empty().lines()).isEmpty();
    }
}
