package jp.tokyo.mcc.line.webhook;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jp.tokyo.mcc.line.inbox.CommitBarrier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 200 means stored on disk, on the embedded H2 too, without the webhook waiting for H2's store of everything else.
 * H2 writes its file in the background; a webhook that waited for a store of its own commit also waited for every
 * change handling had made meanwhile (conversation states, answers, transcripts), so under load the webhook's answer
 * followed handling's writes and LINE saw seconds. Instead the webhook appends the verified body to this journal (a
 * write to a file of its own, a few microseconds; the bytes reach the operating system before the 200, as H2's store
 * did: they survive the bot's crash, {@code kill -9}) after storing the events in the inbox as before.
 *
 * <p>The journal is a series of segment files beside the database ({@code <database>.intake/}). Every second the
 * segment in use is closed and a new one begun; once H2 has stored everything committed before that
 * ({@link CommitBarrier#awaitDurable()}), the closed segments are deleted: at any time the journal holds about the
 * last two seconds of webhooks. Segments found at start are what a crash left: {@link IntakeJournalReplay} stores
 * their events again (those H2 kept are recognised by their webhook event id and skipped) before deleting them. On
 * PostgreSQL every commit is durable already: no journal. A clean stop and a family's erasure rotate it at once
 * ({@link IntakeJournalRecords}).
 */
@Component
class IntakeJournal {

    private static final Logger log = LoggerFactory.getLogger(IntakeJournal.class);
    /** Each record: this mark, the body's length, the time it was received (epoch ms), the body. */
    static final int MARK = 0x4C494E45;
    private static final int HEADER = 16;
    private static final String SUFFIX = ".journal";

    private final CommitBarrier durable;
    private final Path directory;
    private final Object lock = new Object();
    private final List<Path> leftByCrash = new ArrayList<>();
    private final List<Path> closed = new ArrayList<>();
    private final ScheduledExecutorService rotation;
    private Segment segment;
    private long segmentNumber;
    private long segmentBytes;

    IntakeJournal(CommitBarrier durable, @Value("${app.line.intake-journal:true}") boolean enabled,
                  @Value("${app.line.intake-journal-rotation:1s}") Duration every) throws IOException {
        this.durable = durable;
        this.directory = enabled && durable.needed() ? directoryFor(durable.url()) : null;
        if (directory == null) {
            rotation = null;
            return;
        }
        Files.createDirectories(directory);
        try (DirectoryStream<Path> found = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            found.forEach(leftByCrash::add);
        }
        leftByCrash.sort(null);
        for (Path p : leftByCrash) {
            segmentNumber = Math.max(segmentNumber, number(p));
        }
        rotation = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "intake-journal");
            t.setDaemon(true);
            return t;
        });
        rotation.scheduleWithFixedDelay(this::rotateQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** {@code <database>.intake} beside an H2 file database ({@code jdbc:h2:file:./data/mccbot;...}). */
    static Path directoryFor(String jdbcUrl) {
        String name = jdbcUrl.substring("jdbc:h2:".length());
        int options = name.indexOf(';');
        if (options >= 0) {
            name = name.substring(0, options);
        }
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Path.of(name + ".intake");
    }

    /** Whether the webhook writes here (an H2 file database) rather than waiting for the database's own write. */
    boolean active() {
        return directory != null;
    }

    /**
     * Appends a webhook's body; returns once its bytes are in the operating system's hands. Only the write itself
     * holds the lock: files are created and closed by {@link #rotate()} outside it (a file's creation can wait for the
     * file system's journal while H2 writes, and every webhook waited with it).
     */
    void append(byte[] body, Instant receivedAt) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER).putInt(MARK).putInt(body.length)
                .putLong(receivedAt.toEpochMilli()).flip();
        ByteBuffer bytes = ByteBuffer.wrap(body);
        synchronized (lock) {
            if (segment == null) {
                // the first append, or a rotation could not create the next segment: made here once
                segment = open(++segmentNumber);
            }
            while (header.hasRemaining() || bytes.hasRemaining()) {
                segment.channel().write(new ByteBuffer[] {header, bytes});
            }
            segmentBytes += HEADER + body.length;
        }
    }

    private Segment open(long number) throws IOException {
        Path path = directory.resolve(String.format("intake-%019d%s", number, SUFFIX));
        return new Segment(path, FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    }

    /** A segment file and its channel. */
    private record Segment(Path path, FileChannel channel) {
    }

    /** As {@link #rotate()}; a failure is logged (by class) and left for the next rotation. */
    void rotateQuietly() {
        try {
            rotate();
        } catch (RuntimeException | IOException e) {
            log.warn("intake journal: {}", e.getClass().getSimpleName());
        }
    }

    /**
     * Closes the segment in use (the next one, created beforehand, takes its place); once H2 has stored what the
     * closed segments hold, deletes them.
     */
    synchronized void rotate() throws IOException {
        long number;
        synchronized (lock) {
            number = segment == null || segmentBytes == 0 ? 0 : ++segmentNumber;
        }
        if (number > 0) {
            Segment next = open(number);
            Segment full;
            synchronized (lock) {
                full = segment;
                segment = next;
                segmentBytes = 0;
            }
            full.channel().close();
            closed.add(full.path());
        }
        if (closed.isEmpty()) {
            return;
        }
        // every record in a closed segment was appended after its events' commit: this write includes them
        durable.awaitDurable();
        for (Path p : List.copyOf(closed)) {
            Files.deleteIfExists(p);
            closed.remove(p);
        }
    }

    /** What a crash left: the records of the segments found at start, oldest first (a torn last record is skipped). */
    List<Record> leftByCrash() throws IOException {
        List<Record> records = new ArrayList<>();
        for (Path p : leftByCrash) {
            read(p, records);
        }
        return records;
    }

    /** The segments found at start are stored again and in H2's file: deleted. */
    void replayed() throws IOException {
        durable.awaitDurable();
        for (Path p : leftByCrash) {
            Files.deleteIfExists(p);
        }
        leftByCrash.clear();
    }

    private static void read(Path segment, List<Record> into) throws IOException {
        ByteBuffer all = ByteBuffer.wrap(Files.readAllBytes(segment));
        while (all.remaining() >= HEADER) {
            int mark = all.getInt();
            int length = all.getInt();
            long receivedAt = all.getLong();
            if (mark != MARK || length < 0 || length > all.remaining()) {
                // the write a crash interrupted: never answered 200
                return;
            }
            byte[] body = new byte[length];
            all.get(body);
            into.add(new Record(body, Instant.ofEpochMilli(receivedAt)));
        }
    }

    private static long number(Path segment) {
        String name = segment.getFileName().toString();
        try {
            return Long.parseLong(name.substring("intake-".length(), name.length() - SUFFIX.length()));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** One webhook's body as received. */
    record Record(byte[] body, Instant receivedAt) {
    }

    /** A clean stop leaves no journal: H2 stores what it holds (a crash leaves it for the next start). */
    @PreDestroy
    void stop() throws IOException {
        if (rotation == null) {
            return;
        }
        rotation.shutdownNow();
        rotateQuietly();
        synchronized (lock) {
            if (segment != null) {
                segment.channel().close();
                if (segmentBytes == 0) {
                    // the next segment, begun by the rotation and never written
                    Files.deleteIfExists(segment.path());
                }
                segment = null;
            }
        }
    }
}
