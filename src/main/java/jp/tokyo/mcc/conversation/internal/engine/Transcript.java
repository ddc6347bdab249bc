package jp.tokyo.mcc.conversation.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jp.tokyo.mcc.conversation.TranscriptLine;

/**
 * The last lines of a family's conversation with the bot, kept for the counsellor who may take it over.
 *
 * <p>Stored as text with one line per transcript line ({@link #stored}, JSON Lines): a message adds its lines to
 * the end of that text, and the older lines are neither read nor written again. They are parsed only when somebody
 * reads the transcript (the hand-over), which is rare; before, every message read the whole transcript as JSON and
 * wrote it back (the largest part of a conversation state).
 */
public final class Transcript {

    /** The text as loaded (lines the store wrote before), each line ending with a line break; never parsed here. */
    private String stored;
    /** How many lines {@link #stored} holds. */
    private int storedLines;
    /** The lines added since the transcript was loaded. */
    private final List<TranscriptLine> added = new ArrayList<>();
    /** Reads {@link #stored} when the lines are wanted. */
    private final Function<String, List<TranscriptLine>> parser;

    private Transcript(String stored, Function<String, List<TranscriptLine>> parser) {
        this.stored = stored;
        this.storedLines = count(stored);
        this.parser = parser;
    }

    /** An empty transcript. */
    public static Transcript empty() {
        return new Transcript("", text -> List.of());
    }

    /**
     * A stored transcript, read lazily.
     *
     * @param stored one line per transcript line, each ending with a line break
     * @param parser reads such a text into lines (only when {@link #lines()} is called)
     */
    static Transcript stored(String stored, Function<String, List<TranscriptLine>> parser) {
        return new Transcript(stored == null ? "" : stored, parser);
    }

    /** Adds a line at the end. */
    public void add(TranscriptLine line) {
        added.add(line);
    }

    /** Every line, oldest first (reads the stored ones). */
    public List<TranscriptLine> lines() {
        List<TranscriptLine> all = new ArrayList<>(storedLines + added.size());
        if (storedLines > 0) {
            all.addAll(parser.apply(stored));
        }
        all.addAll(added);
        return all;
    }

    /** How many lines the transcript has. */
    public int size() {
        return storedLines + added.size();
    }

    /** Forgets every line. */
    public void clear() {
        stored = "";
        storedLines = 0;
        added.clear();
    }

    /** Keeps only the last {@code keep} lines: the oldest go first. */
    public void keepLast(int keep) {
        int drop = size() - keep;
        if (drop <= 0) {
            return;
        }
        int fromStored = Math.min(drop, storedLines);
        if (fromStored == storedLines) {
            stored = "";
            storedLines = 0;
        } else if (fromStored > 0) {
            int cut = -1;
            for (int i = 0; i < fromStored; i++) {
                cut = stored.indexOf('\n', cut + 1);
            }
            stored = stored.substring(cut + 1);
            storedLines -= fromStored;
        }
        int fromAdded = drop - fromStored;
        if (fromAdded > 0) {
            added.subList(0, fromAdded).clear();
        }
    }

    /**
     * The text to store: the stored lines as they were, then the added ones, each written by {@code writer} as one
     * line (it must not write line breaks: JSON escapes them).
     */
    String toStored(Function<TranscriptLine, String> writer) {
        if (added.isEmpty()) {
            return stored;
        }
        StringBuilder text = new StringBuilder(stored.length() + 120 * added.size()).append(stored);
        for (TranscriptLine line : added) {
            text.append(writer.apply(line)).append('\n');
        }
        return text.toString();
    }

    private static int count(String text) {
        int n = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            n++;
        }
        return n;
    }
}
