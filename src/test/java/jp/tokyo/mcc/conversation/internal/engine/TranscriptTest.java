package jp.tokyo.mcc.conversation.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.tokyo.mcc.conversation.TranscriptLine;
import org.junit.jupiter.api.Test;

/** A transcript adds lines at the end, keeps the last ones, and reads its stored lines only when asked. */
class TranscriptTest {

    private static final Instant T = Instant.parse("2026-12-04T01:00:00Z");

    /** A stand-in for the store's format: the text of each line. */
    private static String write(TranscriptLine line) {
        return line.author() + ":" + line.text();
    }

    private static List<TranscriptLine> read(String text, int[] reads) {
        reads[0]++;
        List<TranscriptLine> lines = new ArrayList<>();
        for (String one : text.split("\n")) {
            String[] parts = one.split(":", 2);
            lines.add(new TranscriptLine(TranscriptLine.Author.valueOf(parts[0]), parts[1], T));
        }
        return lines;
    }

    private static TranscriptLine family(String text) {
        return new TranscriptLine(TranscriptLine.Author.FAMILY, text, T);
    }

    @Test
    void storedLinesAreParsedOnlyWhenRead() {
        int[] reads = {0};
        Transcript t = Transcript.stored("FAMILY:a\nBOT:b\n", text -> read(text, reads));
        t.add(family("c"));

        assertThat(t.size()).isEqualTo(3);
        assertThat(t.toStored(TranscriptTest::write)).isEqualTo("FAMILY:a\nBOT:b\nFAMILY:c\n");
        assertThat(reads[0]).isZero();
        assertThat(t.lines()).extracting(TranscriptLine::text).containsExactly("a", "b", "c");
        assertThat(reads[0]).isOne();
    }

    @Test
    void keepingTheLastLinesDropsTheOldestFirst() {
        int[] reads = {0};
        Transcript t = Transcript.stored("FAMILY:a\nBOT:b\nFAMILY:c\n", text -> read(text, reads));
        t.add(family("d"));
        t.add(family("e"));

        t.keepLast(4);
        assertThat(t.toStored(TranscriptTest::write)).isEqualTo("BOT:b\nFAMILY:c\nFAMILY:d\nFAMILY:e\n");

        t.keepLast(2);
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.toStored(TranscriptTest::write)).isEqualTo("FAMILY:d\nFAMILY:e\n");

        t.keepLast(1);
        assertThat(t.lines()).extracting(TranscriptLine::text).containsExactly("e");
        assertThat(reads[0]).isZero();
    }

    @Test
    void aClearedTranscriptStoresNothingOfBefore() {
        Transcript t = Transcript.stored("FAMILY:a\n", text -> read(text, new int[1]));
        t.clear();
        t.add(family("new"));

        assertThat(t.toStored(TranscriptTest::write)).isEqualTo("FAMILY:new\n");
        assertThat(Transcript.empty().toStored(TranscriptTest::write)).isEmpty();
    }
}
