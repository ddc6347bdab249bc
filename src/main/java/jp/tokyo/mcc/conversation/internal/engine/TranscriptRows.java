package jp.tokyo.mcc.conversation.internal.engine;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jp.tokyo.mcc.conversation.TranscriptLine;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Transcripts in the table {@code conversation_transcript}: one row per message with the lines it added, as JSON Lines
 * (one JSON object per line of text). A message appends its row; the rows are read only when the transcript is
 * (the hand-over). Lines beyond those kept are dropped a few messages later, all at once ({@link #SLACK}).
 */
final class TranscriptRows {

    /** Lines a transcript may hold beyond those it keeps before they are rewritten without the oldest. */
    static final int SLACK = 40;

    private final JdbcClient jdbc;
    private final ObjectReader line;

    TranscriptRows(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.line = json.readerFor(TranscriptLine.class);
    }

    /** The family's stored lines, oldest first. */
    List<TranscriptLine> read(String userId) {
        List<TranscriptLine> lines = new ArrayList<>();
        jdbc.sql("SELECT lines FROM conversation_transcript WHERE user_id = ? ORDER BY id").param(userId)
                .query(String.class).list().forEach(text -> lines.addAll(parse(text)));
        return lines;
    }

    /**
     * Stores what changed in the transcript since it was loaded.
     *
     * @return how many lines the store holds now
     */
    int store(String userId, Transcript t, Instant now) {
        List<TranscriptLine> added = t.added();
        if (t.cleared()) {
            delete(userId);
            append(userId, added, now);
            return added.size();
        }
        int total = t.size();
        if (t.rewrite() || total > t.keep() + SLACK) {
            List<TranscriptLine> kept = t.lines();
            delete(userId);
            append(userId, kept, now);
            return kept.size();
        }
        append(userId, added, now);
        return total;
    }

    private void append(String userId, List<TranscriptLine> lines, Instant now) {
        if (lines.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(120 * lines.size());
        for (TranscriptLine l : lines) {
            text.append(write(l)).append('\n');
        }
        jdbc.sql("INSERT INTO conversation_transcript (user_id, lines, written_at) VALUES (?, ?, ?)")
                .param(userId).param(text.toString()).param(Timestamp.from(now)).update();
    }

    private void delete(String userId) {
        jdbc.sql("DELETE FROM conversation_transcript WHERE user_id = ?").param(userId).update();
    }

    /**
     * One transcript line as one line of JSON text (JSON escapes line breaks), its time in epoch seconds with
     * nanoseconds as the state's other times: written by hand, Jackson's writer spent most of its time on the time.
     */
    static String write(TranscriptLine l) {
        StringBuilder b = new StringBuilder(48 + l.text().length() + l.text().length() / 8);
        b.append("{\"author\":\"").append(l.author().name()).append("\",\"text\":\"");
        JsonStringEncoder.getInstance().quoteAsString(l.text(), b);
        String nanos = Integer.toString(l.at().getNano());
        b.append("\",\"at\":").append(l.at().getEpochSecond()).append('.');
        b.append("000000000", 0, 9 - nanos.length()).append(nanos).append('}');
        return b.toString();
    }

    /** Lines written by {@link #write}, one per line of text. */
    List<TranscriptLine> parse(String text) {
        List<TranscriptLine> lines = new ArrayList<>();
        for (String one : text.split("\n")) {
            if (!one.isEmpty()) {
                try {
                    lines.add(line.readValue(one));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("a transcript line cannot be read", e);
                }
            }
        }
        return lines;
    }
}
