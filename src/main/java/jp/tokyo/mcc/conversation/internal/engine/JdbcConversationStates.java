package jp.tokyo.mcc.conversation.internal.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jp.tokyo.mcc.conversation.TranscriptLine;
import jp.tokyo.mcc.shared.Language;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Conversation states in the table {@code conversation_state} (slots and offers as JSON), read with the family's
 * language ({@code family_language}) in the same query; their transcripts in {@code conversation_transcript}
 * ({@link TranscriptRows}), read only when wanted.
 */
@Repository
class JdbcConversationStates implements ConversationStates {

    /**
     * Times are written as epoch seconds with nanoseconds ({@code 1764547200.123456789}): read back on every message,
     * an ISO text costs several times more to parse. Rows written before this change hold ISO texts, which still read.
     */
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS)
            .enable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectReader SLOTS = JSON.readerFor(new TypeReference<LinkedHashMap<String, Object>>() { });
    private static final ObjectReader OFFERS = JSON.readerFor(new TypeReference<ArrayList<Offer>>() { });
    private static final ObjectReader PENDING = JSON.readerFor(Pending.class);
    /** Rows written before the transcript had a table of its own. */
    private static final ObjectReader TRANSCRIPT = JSON.readerFor(new TypeReference<ArrayList<TranscriptLine>>() { });

    private final JdbcClient jdbc;
    private final ConversationStateCache cache;
    private final TranscriptRows transcripts;

    JdbcConversationStates(JdbcClient jdbc, ConversationStateCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.transcripts = new TranscriptRows(jdbc, JSON);
    }

    @Override
    public Optional<ConversationState> load(String userId) {
        long readAt = cache.generation();
        ConversationStateCache.Row row = cache.get(userId);
        if (row == null) {
            row = jdbc.sql("SELECT c.*, l.language AS family_language, l.chosen AS language_chosen, "
                            + "l.attempts AS language_attempts FROM conversation_state c "
                            + "LEFT JOIN family_language l ON l.user_id = c.user_id WHERE c.user_id = ?").param(userId)
                    .query((rs, n) -> row(rs)).optional().orElse(null);
        }
        if (row == null) {
            return Optional.empty();
        }
        ConversationState state = state(userId, row);
        state.readAt(readAt);
        return Optional.of(state);
    }

    @Override
    public Optional<FamilyLanguage> language(String userId) {
        return jdbc.sql("SELECT language AS family_language, chosen AS language_chosen, attempts AS language_attempts "
                        + "FROM family_language WHERE user_id = ?").param(userId)
                .query((rs, row) -> language(rs)).optional();
    }

    @Override
    public void profileLanguage(String userId, Language language, Instant now) {
        cache.invalidate(userId);
        int updated = jdbc.sql("UPDATE family_language SET language = ?, attempts = attempts + 1, updated_at = ? "
                        + "WHERE user_id = ? AND chosen = FALSE AND language IS NULL")
                .param(language == null ? null : language.code()).param(Timestamp.from(now)).param(userId).update();
        if (updated > 0 || language(userId).isPresent()) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO family_language (user_id, language, chosen, attempts, updated_at) "
                            + "VALUES (?, ?, FALSE, 1, ?)")
                    .param(userId).param(language == null ? null : language.code()).param(Timestamp.from(now))
                    .update();
        } catch (DuplicateKeyException e) {
            // the family chose a language meanwhile: their choice stays
        }
    }

    private void saveChosenLanguage(ConversationState s) {
        Timestamp now = Timestamp.from(s.lastActivity());
        String code = s.language().code();
        int updated = jdbc.sql("UPDATE family_language SET language = ?, chosen = TRUE, updated_at = ? WHERE user_id = ?")
                .param(code).param(now).param(s.userId()).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO family_language (user_id, language, chosen, attempts, updated_at) "
                        + "VALUES (?, ?, TRUE, 0, ?)").param(s.userId()).param(code).param(now).update();
            } catch (DuplicateKeyException e) {
                jdbc.sql("UPDATE family_language SET language = ?, chosen = TRUE, updated_at = ? WHERE user_id = ?")
                        .param(code).param(now).param(s.userId()).update();
            }
        }
    }

    private static FamilyLanguage language(ResultSet rs) throws SQLException {
        String code = rs.getString("family_language");
        boolean chosen = rs.getBoolean("language_chosen");
        int attempts = rs.getInt("language_attempts");
        return new FamilyLanguage(Language.of(code).orElse(null), chosen, attempts);
    }

    @Override
    public void save(ConversationState s) {
        int transcriptLines = transcripts.store(s.userId(), s.transcript(), s.lastActivity());
        ConversationStateCache.Row row = row(s, transcriptLines);
        int updated = jdbc.sql("UPDATE conversation_state SET status = ?, flow_id = ?, flow_version = ?, state_id = ?, "
                        + "slots = ?, retries = ?, turn = ?, offers = ?, pending = ?, transcript = '', "
                        + "transcript_lines = ?, started_at = ?, last_activity = ? WHERE user_id = ?")
                .param(row.status()).param(row.flowId()).param(row.flowVersion()).param(row.stateId())
                .param(row.slots()).param(row.retries()).param(row.turn()).param(row.offers())
                .param(row.pending()).param(transcriptLines)
                .param(Timestamp.from(row.startedAt())).param(Timestamp.from(row.lastActivity())).param(s.userId())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO conversation_state (user_id, status, flow_id, flow_version, state_id, slots, retries, "
                            + "turn, offers, pending, transcript, transcript_lines, started_at, last_activity) "
                            + "VALUES (?,?,?,?,?,?,?,?,?,?,'',?,?,?)")
                    .param(s.userId()).param(row.status()).param(row.flowId()).param(row.flowVersion())
                    .param(row.stateId()).param(row.slots()).param(row.retries()).param(row.turn())
                    .param(row.offers()).param(row.pending()).param(transcriptLines)
                    .param(Timestamp.from(row.startedAt())).param(Timestamp.from(row.lastActivity())).update();
        }
        if (s.languageChosenNow()) {
            saveChosenLanguage(s);
        }
        // a state never read from the store (a new family) is read from it next time: its language may be written
        // meanwhile by the profile lookup, which the cache could not tell
        if (s.readAt() >= 0) {
            cache.putCommitted(s.userId(), row, s.readAt());
        } else {
            cache.invalidate(s.userId());
        }
    }

    /** The row that stores the state (its JSON written once, for the database and the cache). */
    private static ConversationStateCache.Row row(ConversationState s, int transcriptLines) {
        return new ConversationStateCache.Row(s.status().name(), s.flowId(), s.flowVersion(), s.stateId(),
                json(s.slots()), s.retries(), s.turn(), json(s.offers()),
                s.pending() == null ? null : json(s.pending()), "", transcriptLines,
                s.startedAt(), s.lastActivity(), s.familyLanguage());
    }

    private static ConversationStateCache.Row row(ResultSet rs) throws SQLException {
        return new ConversationStateCache.Row(rs.getString("status"), rs.getString("flow_id"),
                rs.getString("flow_version"), rs.getString("state_id"), rs.getString("slots"), rs.getInt("retries"),
                rs.getInt("turn"), rs.getString("offers"), rs.getString("pending"), rs.getString("transcript"),
                rs.getInt("transcript_lines"), rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("last_activity").toInstant(), language(rs));
    }

    private ConversationState state(String userId, ConversationStateCache.Row row) {
        ConversationState s = new ConversationState(userId, row.startedAt());
        s.status(ConversationState.Status.valueOf(row.status()));
        s.at(row.flowId(), row.flowVersion(), row.stateId());
        s.slots(read(row.slots(), SLOTS));
        s.retries(row.retries());
        s.turn(row.turn());
        s.offers(read(row.offers(), OFFERS));
        s.pending(row.pending() == null ? null : read(row.pending(), PENDING));
        s.transcript(transcript(userId, row));
        s.lastActivity(row.lastActivity());
        s.familyLanguage(row.language());
        return s;
    }

    /**
     * The stored transcript, read only when its lines are wanted (from {@code conversation_transcript}). A row written
     * before the transcript had a table of its own holds it in {@code conversation_state.transcript} (one JSON array):
     * those lines come first, and the next save moves them to the table.
     */
    private Transcript transcript(String userId, ConversationStateCache.Row row) {
        String older = row.olderTranscript();
        if (older == null || older.isEmpty() || older.equals("[]")) {
            return Transcript.stored(row.transcriptLines(), () -> transcripts.read(userId));
        }
        List<TranscriptLine> before = read(older, TRANSCRIPT);
        return Transcript.stored(before.size() + row.transcriptLines(), () -> {
            List<TranscriptLine> all = new ArrayList<>(before);
            all.addAll(transcripts.read(userId));
            return all;
        }).rewriteWhenStored();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("conversation state cannot be stored", e);
        }
    }

    private static <T> T read(String text, ObjectReader reader) {
        try {
            return reader.readValue(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("conversation state cannot be read", e);
        }
    }

}
