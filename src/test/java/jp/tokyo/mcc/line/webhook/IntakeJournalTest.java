package jp.tokyo.mcc.line.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import jp.tokyo.mcc.line.inbox.CommitBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The webhook's journal on H2: what was appended and not yet known to be in H2's file is found again by the next start
 * (a process that stopped without closing it: a crash), in order, a torn last write skipped; a rotation deletes a
 * segment only after H2's write; on PostgreSQL or in-memory H2 there is none.
 */
class IntakeJournalTest {

    /** The tests rotate themselves. */
    private static final Duration NO_TIMER = Duration.ofHours(1);

    @TempDir
    Path dir;

    private CommitBarrier h2File() {
        CommitBarrier barrier = mock(CommitBarrier.class);
        when(barrier.needed()).thenReturn(true);
        when(barrier.url()).thenReturn("jdbc:h2:file:" + dir.resolve("mccbot") + ";DB_CLOSE_ON_EXIT=FALSE");
        return barrier;
    }

    private List<Path> segments() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("mccbot.intake"))) {
            return files.sorted().toList();
        }
    }

    @Test
    void whatACrashLeftIsFoundInOrderWithoutATornLastWrite() throws IOException {
        IntakeJournal crashed = new IntakeJournal(h2File(), true, NO_TIMER);
        Instant t = Instant.parse("2026-12-03T10:15:30.123Z");
        crashed.append(bytes("{\"events\":[1]}"), t);
        crashed.append(bytes("{\"events\":[2]}"), t.plusMillis(5));
        crashed.append(bytes("{\"events\":[3]}"), t.plusMillis(9));
        // the process dies in the middle of a write: a header and part of a body
        Files.write(segments().get(0), new byte[] {0x4C, 0x49, 0x4E, 0x45, 0, 0, 0, 100, 0, 0}, StandardOpenOption.APPEND);

        CommitBarrier barrier = h2File();
        IntakeJournal next = new IntakeJournal(barrier, true, NO_TIMER);
        List<IntakeJournal.Record> found = next.leftByCrash();

        assertThat(found).extracting(r -> new String(r.body(), StandardCharsets.UTF_8))
                .containsExactly("{\"events\":[1]}", "{\"events\":[2]}", "{\"events\":[3]}");
        assertThat(found).extracting(IntakeJournal.Record::receivedAt)
                .containsExactly(t, t.plusMillis(5), t.plusMillis(9));
        next.replayed();
        verify(barrier, times(1)).awaitDurable();
        assertThat(segments()).isEmpty();
        next.append(bytes("{\"events\":[4]}"), t);
        assertThat(new IntakeJournal(h2File(), true, NO_TIMER).leftByCrash()).hasSize(1);
        next.stop();
        crashed.stop();
    }

    @Test
    void aRotationDeletesASegmentOnlyOnceH2HasWrittenIt() throws IOException {
        CommitBarrier barrier = h2File();
        IntakeJournal journal = new IntakeJournal(barrier, true, NO_TIMER);
        journal.append(bytes("{\"events\":[]}"), Instant.now());
        assertThat(segments()).hasSize(1);

        journal.rotate();

        verify(barrier, times(1)).awaitDurable();
        // the written segment is gone; the next one, created by the rotation (not by a webhook), waits empty
        assertThat(segments()).singleElement().matches(p -> p.getFileName().toString().endsWith("2.journal"))
                .matches(p -> p.toFile().length() == 0);
        journal.append(bytes("{\"events\":[]}"), Instant.now());
        assertThat(segments()).hasSize(1).allMatch(p -> p.getFileName().toString().endsWith("2.journal"));
        journal.rotate();
        journal.rotate(); // nothing new: no write asked for
        verify(barrier, times(2)).awaitDurable();
        // a clean stop leaves nothing behind
        journal.append(bytes("{\"events\":[]}"), Instant.now());
        journal.stop();
        assertThat(segments()).isEmpty();
    }

    @Test
    void noJournalWhereCommitsAreDurableOrTurnedOff() throws IOException {
        CommitBarrier postgres = mock(CommitBarrier.class);
        when(postgres.needed()).thenReturn(false);
        assertThat(new IntakeJournal(postgres, true, NO_TIMER).active()).isFalse();
        assertThat(new IntakeJournal(h2File(), false, NO_TIMER).active()).isFalse();
        assertThat(IntakeJournal.directoryFor("jdbc:h2:./data/mccbot;DB_CLOSE_ON_EXIT=FALSE"))
                .isEqualTo(Path.of("./data/mccbot.intake"));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
