package jp.tokyo.mcc.conversation.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jp.tokyo.mcc.conversation.TranscriptLine;

/**
 * The last lines of a family's conversation with the bot, kept for the counsellor who may take it over.
 *
 * <p>The lines stored before are not read with the state: only how many there are. They are read when somebody reads
 * the transcript (the hand-over), which is rare; a message only adds its own lines ({@link #added()}), which the
 * store appends (issue 18: before, every message read the whole transcript and wrote it back with the state).
 */
public final class Transcript {

    /** How many lines the store holds. */
    private int storedLines;
    /** Reads the stored lines, oldest first (only when {@link #lines()} is called). */
    private final Supplier<List<TranscriptLine>> loader;
    private List<TranscriptLine> loaded;
    private final List<TranscriptLine> added = new ArrayList<>();
    private boolean cleared;
    private boolean rewrite;
    private int keep = Integer.MAX_VALUE;

    private Transcript(int storedLines, Supplier<List<TranscriptLine>> loader) {
        this.storedLines = storedLines;
        this.loader = loader;
    }

    /** An empty transcript (nothing stored). */
    public static Transcript empty() {
        return new Transcript(0, List::of);
    }

    /**
     * A stored transcript, read lazily.
     *
     * @param storedLines how many lines the store holds
     * @param loader      reads them, oldest first
     */
    static Transcript stored(int storedLines, Supplier<List<TranscriptLine>> loader) {
        return new Transcript(storedLines, loader);
    }

    /** The store writes every line anew next time (they were stored in an older form). */
    Transcript rewriteWhenStored() {
        this.rewrite = true;
        return this;
    }

    boolean rewrite() {
        return rewrite;
    }

    /** Adds a line at the end. */
    public void add(TranscriptLine line) {
        added.add(line);
    }

    /** The last lines kept ({@link #keepLast}), oldest first: reads the stored ones. */
    public List<TranscriptLine> lines() {
        List<TranscriptLine> all = new ArrayList<>(storedLines + added.size());
        if (!cleared && storedLines > 0) {
            if (loaded == null) {
                loaded = loader.get();
            }
            all.addAll(loaded);
        }
        all.addAll(added);
        return all.size() > keep ? new ArrayList<>(all.subList(all.size() - keep, all.size())) : all;
    }

    /** Forgets every line. */
    public void clear() {
        cleared = true;
        storedLines = 0;
        added.clear();
    }

    /** Keeps only the last {@code keep} lines: the older ones are no longer read, and the store drops them. */
    public void keepLast(int keep) {
        this.keep = keep;
        if (added.size() > keep) {
            added.subList(0, added.size() - keep).clear();
        }
    }

    /** The most lines kept ({@link #keepLast}; unlimited until called). */
    int keep() {
        return keep;
    }

    /** Whether the stored lines are to be deleted. */
    boolean cleared() {
        return cleared;
    }

    /** The lines added since the transcript was loaded. */
    List<TranscriptLine> added() {
        return added;
    }

    /** How many lines the transcript has, the stored ones included (before {@link #keepLast} drops any). */
    int size() {
        return storedLines + added.size();
    }
}
