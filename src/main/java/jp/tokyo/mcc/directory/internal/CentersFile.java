package jp.tokyo.mcc.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;

/**
 * The live {@code centers.yaml}: read at start, then re-read when it changes (checked at most once per
 * {@code checkInterval}, on access). A file with mistakes never goes live: the last good version stays and the
 * reasons are logged once per bad version. At start, when the administrators' file is missing or has mistakes,
 * the copy packaged with the application is used; when that fails too, the application does not start.
 */
public final class CentersFile {

    private static final Logger log = LoggerFactory.getLogger(CentersFile.class);

    private final Supplier<Resource> source;
    private final CentersFileParser parser = new CentersFileParser();
    private final long checkIntervalNanos;
    private final LongSupplier nanoTime;

    private volatile CentersSettings current;
    private volatile long nextCheck;
    private byte[] lastSeen;
    /** Why the administrators' file is not live as written (empty: it is), and when it was last read. */
    private volatile List<String> problems = List.of();
    private volatile Instant readAt = Instant.now();

    /**
     * @param source        the administrators' file (looked up on every check: the folder may change)
     * @param packaged      the copy packaged with the application, used at start when {@code source} is unusable
     * @param checkInterval how often, at most, {@code source} is checked for changes
     * @param nanoTime      the clock for {@code checkInterval} ({@link System#nanoTime} but in tests)
     */
    public CentersFile(Supplier<Resource> source, Supplier<Resource> packaged, Duration checkInterval,
                       LongSupplier nanoTime) {
        this.source = source;
        this.checkIntervalNanos = checkInterval.toNanos();
        this.nanoTime = nanoTime;
        Resource file = source.get();
        byte[] content = read(file);
        CentersSettings settings = null;
        if (content == null) {
            log.error("centers.yaml: not found at {}; using the packaged copy", describe(file));
            problems = List.of("centers.yaml: " + CentersProblem.text("missing-packaged"));
        } else {
            settings = parseOrLog(content, "centers.yaml at " + describe(file) + " has mistakes; using the packaged copy");
        }
        this.lastSeen = content;
        if (settings == null) {
            Resource fallback = packaged.get();
            byte[] packagedContent = read(fallback);
            if (packagedContent == null) {
                throw new IllegalStateException("centers.yaml: neither " + describe(file) + " nor the packaged copy exists");
            }
            try {
                settings = parser.parse(new String(packagedContent, StandardCharsets.UTF_8));
            } catch (InvalidCentersFileException e) {
                throw new IllegalStateException("centers.yaml: the packaged copy has mistakes: " + e.getMessage(), e);
            }
        }
        this.current = settings;
        this.nextCheck = nanoTime.getAsLong() + checkIntervalNanos;
        log.info("centers.yaml loaded: islands served by {} ({})", settings.centerFor(jp.tokyo.mcc.directory.Municipality.Region.ISLANDS).code(),
                settings.islandsConfirmed() ? "confirmed" : "not confirmed");
    }

    /** The settings now in force, after a cheap check for changes when one is due. */
    public CentersSettings current() {
        if (nanoTime.getAsLong() - nextCheck >= 0) {
            checkIfDue();
        }
        return current;
    }

    private synchronized void checkIfDue() {
        if (nanoTime.getAsLong() - nextCheck >= 0) { // another thread may just have checked
            checkNow();
        }
    }

    /** Re-reads the file if it changed; returns the settings now in force. */
    public synchronized CentersSettings checkNow() {
        nextCheck = nanoTime.getAsLong() + checkIntervalNanos;
        Resource file = source.get();
        byte[] content = read(file);
        if (content == null) {
            if (lastSeen != null) {
                log.warn("centers.yaml: not found at {}; keeping the last good version", describe(file));
                lastSeen = null;
                problems = List.of("centers.yaml: " + CentersProblem.text("missing-kept"));
                readAt = Instant.now();
            }
            return current;
        }
        if (Arrays.equals(content, lastSeen)) {
            return current;
        }
        lastSeen = content;
        CentersSettings settings = parseOrLog(content, "centers.yaml at " + describe(file)
                + " has mistakes; keeping the last good version");
        if (settings != null) {
            current = settings;
            log.info("centers.yaml reloaded: islands served by {} ({})",
                    settings.centerFor(jp.tokyo.mcc.directory.Municipality.Region.ISLANDS).code(),
                    settings.islandsConfirmed() ? "confirmed" : "not confirmed");
        }
        return current;
    }

    private CentersSettings parseOrLog(byte[] content, String onMistakes) {
        readAt = Instant.now();
        try {
            CentersSettings settings = parser.parse(new String(content, StandardCharsets.UTF_8));
            problems = List.of();
            return settings;
        } catch (InvalidCentersFileException e) {
            log.error("{}:\n  - {}", onMistakes, String.join("\n  - ", e.problems()));
            problems = e.problems().stream().map(p -> "centers.yaml: " + p).toList();
            return null;
        }
    }

    /** Why the administrators' file is not live as written; empty when it is. */
    public List<String> problems() {
        return problems;
    }

    /** When the administrators' file was last read (at start, or after a change). */
    public Instant readAt() {
        return readAt;
    }

    private static byte[] read(Resource file) {
        if (file == null || !file.exists()) {
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    private static String describe(Resource file) {
        return file == null ? "(none)" : file.getDescription();
    }
}
