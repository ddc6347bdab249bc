package jp.tokyo.mcc.records.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import jp.tokyo.mcc.support.ByteScan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why the compaction is there: in an H2 file a deleted row's bytes stay in the file after a normal close (H2 writes
 * every change to a new chunk and leaves the old one), and a row overwritten before it is deleted stays too; the full
 * compaction at shutdown leaves nothing of it, and keeps the rows that were not deleted.
 */
class H2ShutdownCompactionTest {

    @TempDir
    Path folder;

    @Test
    void aDeletedRowStaysInTheFileAfterANormalCloseEvenWhenOverwrittenFirst() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
        Texts texts = writeDeleteAndClose(url, true);
        assertThat(ByteScan.find(folder, texts.erased())).as("the deleted row's text is still in the file").isNotEmpty();
        assertThat(ByteScan.find(folder, texts.kept())).isNotEmpty();
    }

    @Test
    void theFullCompactionAtShutdownLeavesNothingOfADeletedRowAndKeepsTheOthers() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
        Texts texts = writeDeleteAndClose(url, false);
        assertThat(ByteScan.find(folder, texts.erased())).isNotEmpty();

        assertThat(H2ShutdownCompaction.compact(url, "sa", "", false)).isTrue();

        assertThat(ByteScan.find(folder, texts.erased())).as("the deleted row's text").isEmpty();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT body FROM t WHERE id = 2")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(texts.kept());
        }
    }

    @Test
    void nothingIsCompactedWhenNothingWasDeletedSinceTheLastCompaction() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            createFlag(s);
        }
        assertThat(H2ShutdownCompaction.compact(url, "sa", "", false)).isFalse();
        assertThat(H2ShutdownCompaction.compact(url, "sa", "", true)).as("always").isTrue();
    }

    @Test
    void onlyFileDatabasesAreCompacted() {
        assertThat(H2ShutdownCompaction.isH2File("jdbc:h2:file:./data/mccbot;DB_CLOSE_ON_EXIT=FALSE")).isTrue();
        assertThat(H2ShutdownCompaction.isH2File("jdbc:h2:./data/mccbot")).isTrue();
        assertThat(H2ShutdownCompaction.isH2File("jdbc:h2:mem:bot;DB_CLOSE_DELAY=-1")).isFalse();
        assertThat(H2ShutdownCompaction.isH2File("jdbc:h2:tcp://localhost/db")).isFalse();
        assertThat(H2ShutdownCompaction.isH2File("jdbc:postgresql://127.0.0.1/mccbot")).isFalse();
        assertThat(H2ShutdownCompaction.fileOf("jdbc:h2:file:/tmp/x/mccbot;A=B")).isEqualTo(Path.of("/tmp/x/mccbot.mv.db"));
    }

    record Texts(String erased, String kept) {
    }

    /** Writes rows, lets H2 write them to the file, deletes one (overwritten first if asked), closes normally. */
    private static Texts writeDeleteAndClose(String url, boolean overwriteFirst) throws SQLException {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Texts texts = new Texts("胃ろうのことを消してほしい" + marker, "残しておく相談" + marker);
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            createFlag(s);
            s.execute("CREATE TABLE t (id BIGINT PRIMARY KEY, body VARCHAR(10000))");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
                for (int i = 10; i < 500; i++) {
                    insert.setLong(1, i);
                    insert.setString(2, "ほかのご家族の言葉 " + i);
                    insert.executeUpdate();
                }
                insert.setLong(1, 1);
                insert.setString(2, texts.erased());
                insert.executeUpdate();
                insert.setLong(1, 2);
                insert.setString(2, texts.kept());
                insert.executeUpdate();
            }
            s.execute("CHECKPOINT");
            if (overwriteFirst) {
                s.execute("UPDATE t SET body = REPEAT('x', 40) WHERE id = 1");
                s.execute("CHECKPOINT");
            }
            s.execute("DELETE FROM t WHERE id = 1");
            s.execute("UPDATE records_compaction SET due_since = CURRENT_TIMESTAMP WHERE id = 1");
            s.execute("CHECKPOINT");
        }
        return texts;
    }

    private static void createFlag(Statement s) throws SQLException {
        s.execute("CREATE TABLE IF NOT EXISTS records_compaction (id INT PRIMARY KEY, due_since TIMESTAMP WITH TIME ZONE)");
        s.execute("MERGE INTO records_compaction KEY (id) VALUES (1, NULL)");
    }
}
