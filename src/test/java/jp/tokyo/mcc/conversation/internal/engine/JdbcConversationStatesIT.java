package jp.tokyo.mcc.conversation.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.tokyo.mcc.conversation.TranscriptLine;
import jp.tokyo.mcc.support.AbstractBotIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A conversation state survives the database as it was, times to the nanosecond, and older rows still read. */
class JdbcConversationStatesIT extends AbstractBotIT {

    @Autowired
    ConversationStates store;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStateReadsBackAsItWasSaved() {
        Instant started = Instant.parse("2026-12-01T10:15:30.123456789Z");
        ConversationState state = new ConversationState("U-store-roundtrip", started);
        state.at("discharge", "v1", "ask_municipality");
        state.slots().put("municipality", "練馬区");
        state.transcript(new ArrayList<>(List.of(
                new TranscriptLine(TranscriptLine.Author.FAMILY, "退院したばかりです", started.plusNanos(1)),
                new TranscriptLine(TranscriptLine.Author.BOT, "お住まいの区市町村を教えてください", started.plusSeconds(1)))));
        state.lastActivity(started.plusSeconds(1));
        store.save(state);

        ConversationState read = store.load("U-store-roundtrip").orElseThrow();

        assertThat(read.stateId()).isEqualTo("ask_municipality");
        assertThat(read.slots()).containsEntry("municipality", "練馬区");
        assertThat(read.transcript()).containsExactlyElementsOf(state.transcript());
        assertThat(read.transcript().get(0).at()).isEqualTo(Instant.parse("2026-12-01T10:15:30.123456790Z"));
        // times are stored as numbers now, not as ISO texts
        assertThat(jdbc.sql("SELECT transcript FROM conversation_state WHERE user_id = ?").param("U-store-roundtrip")
                .query(String.class).single()).contains("1796120130.123456790").doesNotContain("2026-12-01T");
    }

    @Test
    void aStateSavedWithIsoTimesBeforeTheChangeStillReads() {
        Instant at = Instant.parse("2026-11-30T08:00:00.5Z");
        jdbc.sql("INSERT INTO conversation_state (user_id, status, flow_id, flow_version, state_id, slots, retries, turn, "
                        + "offers, pending, transcript, started_at, last_activity) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params("U-store-iso", "ACTIVE", "discharge", "v1", "ask_worry", "{\"child_age\":\"3\"}", 0, 2, "[]", null,
                        "[{\"author\":\"FAMILY\",\"text\":\"こんにちは\",\"at\":\"2026-11-30T08:00:00.500Z\"}]",
                        Timestamp.from(at), Timestamp.from(at))
                .update();

        ConversationState read = store.load("U-store-iso").orElseThrow();

        assertThat(read.slots()).containsEntry("child_age", "3");
        assertThat(read.transcript()).containsExactly(new TranscriptLine(TranscriptLine.Author.FAMILY, "こんにちは", at));
    }
}
