package jp.tokyo.mcc.line.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jp.tokyo.mcc.support.AbstractBotIT;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the bot has committed is on disk before it says so ({@link DurableCommits}, {@link CommitBarrier});
 * {@code KillNineIT} shows what for, with a real process killed under load.
 */
class DurableCommitsIT extends AbstractBotIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void onPostgresqlTheBotsSessionsCommitSynchronously() {
        // CI's PostgreSQL runs with synchronous_commit=off for speed: the bot's sessions must not
        Assumptions.assumeTrue(((HikariDataSource) dataSource).getJdbcUrl().startsWith("jdbc:postgresql:"),
                "a PostgreSQL run only");
        assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
    }

    @Test
    void onAnH2FileWhatWasCommittedBeforeTheBarrierSurvivesACrash() throws Exception {
        Path dir = Files.createTempDirectory("commit-barrier");
        // H2 would write its file a minute later: only the barrier writes it sooner
        String url = "jdbc:h2:file:" + dir.toAbsolutePath() + "/db;WRITE_DELAY=60000";
        try (HikariDataSource h2 = h2(url)) {
            JdbcClient db = JdbcClient.create(h2);
            db.sql("CREATE TABLE t (x INT)").update();
            new CommitBarrier(h2).awaitDurable();
            db.sql("INSERT INTO t VALUES (1)").update();
            new CommitBarrier(h2).awaitDurable();
            db.sql("INSERT INTO t VALUES (2)").update();
            // closes the files as a crash would: nothing more is written
            db.sql("SHUTDOWN IMMEDIATELY").update();
        }
        try (HikariDataSource h2 = h2(url)) {
            assertThat(JdbcClient.create(h2).sql("SELECT x FROM t ORDER BY x").query(Integer.class).list())
                    .as("the row committed before the barrier; not the one after it").containsExactly(1);
        }
    }

    private static HikariDataSource h2(String url) {
        HikariDataSource h2 = new HikariDataSource();
        h2.setJdbcUrl(url);
        h2.setUsername("sa");
        h2.setPassword("");
        h2.setMaximumPoolSize(2);
        return h2;
    }
}
