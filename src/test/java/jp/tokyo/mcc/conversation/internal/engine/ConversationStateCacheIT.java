package jp.tokyo.mcc.conversation.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;

import javax.sql.DataSource;

import jp.tokyo.mcc.conversation.TranscriptLine;
import jp.tokyo.mcc.records.Retention;
import jp.tokyo.mcc.shared.Language;
import jp.tokyo.mcc.support.AbstractBotIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cache of committed conversation rows: the next message of a family reads no row, a rolled back transaction
 * leaves nothing in it, and what changes a family's rows elsewhere (their language from the profile, their erasure,
 * a retention purge) sends the next load to the database. Only on a database this process writes alone.
 */
class ConversationStateCacheIT extends AbstractBotIT {

    private static final Instant T = Instant.parse("2026-12-04T02:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    private final ConversationStateCache cache = new ConversationStateCache(true, 16);

    private JdbcConversationStates store() {
        return new JdbcConversationStates(jdbc, cache);
    }

    private ConversationState saved(String user, String stateId) {
        ConversationState s = new ConversationState(user, T);
        s.at("intake", "v1", stateId);
        store().save(s);
        return s;
    }

    /** Changes the row behind the store's back: only a load that reads the database sees it. */
    private void changeInDatabase(String user, String stateId) {
        jdbc.sql("UPDATE conversation_state SET state_id = ? WHERE user_id = ?").param(stateId).param(user).update();
    }

    @Test
    void aSavedStateIsReadFromTheCacheNextTime() {
        saved("U-cache-hit", "menu");
        ConversationState read = store().load("U-cache-hit").orElseThrow();
        read.at("intake", "v1", "ask_municipality");
        read.slots().put("municipality", "府中市");
        store().save(read);

        changeInDatabase("U-cache-hit", "changed-behind");

        ConversationState again = store().load("U-cache-hit").orElseThrow();
        assertThat(again.stateId()).isEqualTo("ask_municipality");
        assertThat(again.slots()).containsEntry("municipality", "府中市");
        // the cache holds column values: the loaded state is a new object, changing it changes nothing cached
        again.slots().put("municipality", "練馬区");
        assertThat(store().load("U-cache-hit").orElseThrow().slots()).containsEntry("municipality", "府中市");
    }

    @Test
    void aNewFamilysStateIsReadFromTheDatabaseFirst() {
        saved("U-cache-new", "menu");
        changeInDatabase("U-cache-new", "from-database");

        assertThat(store().load("U-cache-new").orElseThrow().stateId()).isEqualTo("from-database");
    }

    @Test
    void aRolledBackSaveLeavesTheCommittedState() {
        saved("U-cache-rollback", "menu");
        store().save(store().load("U-cache-rollback").orElseThrow());
        TransactionTemplate tx = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            ConversationState s = store().load("U-cache-rollback").orElseThrow();
            s.at("intake", "v1", "never-committed");
            store().save(s);
            throw new IllegalStateException("the outbox failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store().load("U-cache-rollback").orElseThrow().stateId()).isEqualTo("menu");
        assertThat(jdbc.sql("SELECT state_id FROM conversation_state WHERE user_id = ?").param("U-cache-rollback")
                .query(String.class).single()).isEqualTo("menu");
    }

    @Test
    void theProfileLanguageWrittenWhileAMessageIsHandledIsNotHiddenByTheCache() {
        saved("U-cache-language", "menu");
        ConversationState handled = store().load("U-cache-language").orElseThrow();
        // the profile lookup (its own thread) stores the language between the lane's load and its save
        store().profileLanguage("U-cache-language", Language.EN, T);
        handled.at("intake", "v1", "ask_municipality");
        store().save(handled);

        ConversationState next = store().load("U-cache-language").orElseThrow();
        assertThat(next.language()).isEqualTo(Language.EN);
        assertThat(next.stateId()).isEqualTo("ask_municipality");
    }

    @Test
    void erasureAndRetentionSendTheNextLoadToTheDatabase() {
        ConversationRecords records = new ConversationRecords(jdbc, cache);
        saved("U-cache-erased", "menu");
        ConversationState said = store().load("U-cache-erased").orElseThrow();
        said.transcript().add(new TranscriptLine(TranscriptLine.Author.FAMILY, "子どもの吸引のこと", T));
        store().save(said);

        records.erase("U-cache-erased");
        assertThat(store().load("U-cache-erased")).isEmpty();
        assertThat(transcriptRows("U-cache-erased")).isZero();

        // a family silent since 2000 (the shared test database holds no older rows: the purge takes only theirs)
        Instant longAgo = Instant.parse("2000-01-01T00:00:00Z");
        ConversationState old = new ConversationState("U-cache-purged", longAgo);
        old.at("intake", "v1", "menu");
        old.transcript().add(new TranscriptLine(TranscriptLine.Author.FAMILY, "夜の注入が心配", longAgo));
        store().save(old);
        store().save(store().load("U-cache-purged").orElseThrow());
        records.purge(new Retention(1825, 1, "0 30 3 * * *"), longAgo.plusSeconds(2 * 86_400));
        assertThat(store().load("U-cache-purged")).isEmpty();
        assertThat(transcriptRows("U-cache-purged")).isZero();
    }

    private long transcriptRows(String userId) {
        return jdbc.sql("SELECT COUNT(*) FROM conversation_transcript WHERE user_id = ?").param(userId)
                .query(Long.class).single();
    }

    @Test
    void onlyOnADatabaseThisProcessWritesAlone(@TempDir Path dir) {
        assertThat(new ConversationStateCache(dataSource, true, 16).enabled()).as("in-memory H2 of the tests").isFalse();
        DriverManagerDataSource file = new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("bot"), "sa", "");
        assertThat(new ConversationStateCache(file, true, 16).enabled()).as("an H2 file").isTrue();
        assertThat(new ConversationStateCache(file, false, 16).enabled()).as("turned off").isFalse();
        assertThat(new ConversationStateCache(false, 16).get("anyone")).isNull();
    }
}
