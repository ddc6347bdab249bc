package jp.tokyo.mcc.conversation.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

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
        state.transcript().add(new TranscriptLine(TranscriptLine.Author.FAMILY, "退院したばかりです\n二行目", started.plusNanos(1)));
        state.transcript().add(new TranscriptLine(TranscriptLine.Author.BOT, "お住まいの区市町村を教えてください",
                started.plusSeconds(1)));
        state.lastActivity(started.plusSeconds(1));
        store.save(state);

        ConversationState read = store.load("U-store-roundtrip").orElseThrow();

        assertThat(read.stateId()).isEqualTo("ask_municipality");
        assertThat(read.slots()).containsEntry("municipality", "練馬区");
        assertThat(read.transcript().lines()).containsExactlyElementsOf(state.transcript().lines());
        assertThat(read.transcript().lines().get(0).text()).isEqualTo("退院したばかりです\n二行目");
        assertThat(read.transcript().lines().get(0).at()).isEqualTo(Instant.parse("2026-12-01T10:15:30.123456790Z"));
        // times are stored as numbers now, not as ISO texts
        assertThat(storedTranscript("U-store-roundtrip")).contains("1796120130.123456790").doesNotContain("2026-12-01T");
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
        assertThat(read.transcript().lines())
                .containsExactly(new TranscriptLine(TranscriptLine.Author.FAMILY, "こんにちは", at));
    }

    @Test
    void aMessageAppendsItsLinesAndTheOldestGoSomeMessagesBeyondTheLimit() {
        Instant t = Instant.parse("2026-12-04T01:00:00Z");
        ConversationState state = new ConversationState("U-store-append", t);
        for (int i = 0; i < 3; i++) {
            state.transcript().add(new TranscriptLine(TranscriptLine.Author.FAMILY, "line " + i, t.plusSeconds(i)));
        }
        store.save(state);
        String before = storedTranscript("U-store-append");

        ConversationState next = store.load("U-store-append").orElseThrow();
        next.transcript().add(new TranscriptLine(TranscriptLine.Author.BOT, "line 3", t.plusSeconds(3)));
        next.transcript().keepLast(3);
        store.save(next);

        // the stored lines stay as they were written: the message's line is one row more
        assertThat(transcriptRows("U-store-append")).isEqualTo(2);
        assertThat(storedTranscript("U-store-append")).startsWith(before).hasLineCount(4);
        Transcript loaded = store.load("U-store-append").orElseThrow().transcript();
        loaded.keepLast(3);
        assertThat(loaded.lines()).extracting(TranscriptLine::text).containsExactly("line 1", "line 2", "line 3");

        // beyond the lines kept and the slack, the transcript is written anew with the last lines only
        for (int i = 4; i < 4 + TranscriptRows.SLACK; i++) {
            ConversationState s = store.load("U-store-append").orElseThrow();
            s.transcript().add(new TranscriptLine(TranscriptLine.Author.FAMILY, "line " + i, t.plusSeconds(i)));
            s.transcript().keepLast(3);
            store.save(s);
        }
        assertThat(transcriptRows("U-store-append")).isEqualTo(1);
        assertThat(storedTranscript("U-store-append")).hasLineCount(3);
        int last = 3 + TranscriptRows.SLACK;
        loaded = store.load("U-store-append").orElseThrow().transcript();
        loaded.keepLast(3);
        assertThat(loaded.lines()).extracting(TranscriptLine::text)
                .containsExactly("line " + (last - 2), "line " + (last - 1), "line " + last);
    }

    @Test
    void aTranscriptStoredInTheStateBeforeMovesToItsTable() {
        Instant at = Instant.parse("2026-11-30T08:00:00Z");
        jdbc.sql("INSERT INTO conversation_state (user_id, status, flow_id, flow_version, state_id, slots, retries, turn, "
                        + "offers, pending, transcript, started_at, last_activity) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params("U-store-array", "ACTIVE", "discharge", "v1", "ask_worry", "{}", 0, 2, "[]", null,
                        "[{\"author\":\"FAMILY\",\"text\":\"a\",\"at\":1796112000.0},"
                                + "{\"author\":\"BOT\",\"text\":\"b\",\"at\":1796112001.0}]",
                        Timestamp.from(at), Timestamp.from(at))
                .update();

        ConversationState read = store.load("U-store-array").orElseThrow();
        read.transcript().add(new TranscriptLine(TranscriptLine.Author.FAMILY, "c", at.plusSeconds(2)));
        store.save(read);

        assertThat(jdbc.sql("SELECT transcript FROM conversation_state WHERE user_id = ?").param("U-store-array")
                .query(String.class).single()).isEmpty();
        assertThat(storedTranscript("U-store-array")).hasLineCount(3);
        assertThat(store.load("U-store-array").orElseThrow().transcript().lines()).extracting(TranscriptLine::text)
                .containsExactly("a", "b", "c");
    }

    @Test
    void aClearedTranscriptLeavesNoRows() {
        Instant t = Instant.parse("2026-12-04T01:00:00Z");
        ConversationState state = new ConversationState("U-store-cleared", t);
        state.transcript().add(new TranscriptLine(TranscriptLine.Author.FAMILY, "相談したいです", t));
        store.save(state);

        ConversationState next = store.load("U-store-cleared").orElseThrow();
        next.transcript().clear();
        store.save(next);

        assertThat(transcriptRows("U-store-cleared")).isZero();
        assertThat(store.load("U-store-cleared").orElseThrow().transcript().lines()).isEmpty();
    }

    @Test
    void anyTextAndTimeSurviveTheTranscript() {
        Instant t = Instant.parse("2026-12-04T01:00:00.000000007Z");
        ConversationState state = new ConversationState("U-store-awkward", t);
        String awkward = "「\"引用\"」\\ tab\t改行\r\n😀 \u0001 end";
        state.transcript().add(new TranscriptLine(TranscriptLine.Author.FAMILY, awkward, t));
        state.transcript().add(new TranscriptLine(TranscriptLine.Author.BOT, "", t.plusSeconds(1).minusNanos(7)));
        store.save(state);

        assertThat(store.load("U-store-awkward").orElseThrow().transcript().lines()).containsExactly(
                new TranscriptLine(TranscriptLine.Author.FAMILY, awkward, t),
                new TranscriptLine(TranscriptLine.Author.BOT, "", t.plusSeconds(1).minusNanos(7)));
        assertThat(storedTranscript("U-store-awkward")).hasLineCount(2);
    }

    private String storedTranscript(String userId) {
        return String.join("", jdbc.sql("SELECT lines FROM conversation_transcript WHERE user_id = ? ORDER BY id")
                .param(userId).query(String.class).list());
    }

    private long transcriptRows(String userId) {
        return jdbc.sql("SELECT COUNT(*) FROM conversation_transcript WHERE user_id = ?").param(userId)
                .query(Long.class).single();
    }
}
