package jp.tokyo.mcc.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;

import jp.tokyo.mcc.line.MultiInstanceIT.Cluster;
import jp.tokyo.mcc.line.MultiInstanceIT.Report;
import jp.tokyo.mcc.support.BotDatabase;
import jp.tokyo.mcc.support.OwnPostgres;
import jp.tokyo.mcc.support.WebhookLoad;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL restarted under load: two bot processes on a PostgreSQL server of the test's own (initdb and pg_ctl, on a
 * free port: never the team's or CI's server), webhooks delivered to them in turn, the server restarted in the middle.
 * While it is down the webhook answers 503 (nothing is acknowledged that is not stored: LINE sends it again); the bots
 * recover by themselves (new connections, their live locks taken again) and every event acknowledged before or after
 * is answered exactly once, in order per family. Runs when the suite runs on PostgreSQL and PostgreSQL 15's programs
 * are installed; skipped otherwise. Longer: {@code -Dmulti.seconds=60 -Dmulti.rate=200}.
 */
class PostgresRestartIT {

    private final int seconds = Integer.getInteger("multi.seconds", 8);
    private final int rate = Integer.getInteger("multi.rate", 100);
    private final int families = Integer.getInteger("multi.families", 40);

    @Test
    void theBotsRecoverByThemselvesWhenPostgresqlRestartsUnderLoad() throws Exception {
        assumeTrue(MultiInstanceIT.onPostgresql(), "a PostgreSQL test (the suite runs on H2)");
        assumeTrue(OwnPostgres.available(), "PostgreSQL 15's initdb and pg_ctl are not installed");
        try (OwnPostgres postgres = OwnPostgres.start()) {
            BotDatabase database = new BotDatabase(postgres.url(), postgres.user(), "", null, List.of(
                    "--spring.datasource.url=" + postgres.url(), "--spring.datasource.username=" + postgres.user(),
                    "--spring.datasource.password="));
            try (Cluster cluster = new Cluster("pg-restart", database, 2)) {
                WebhookLoad load = new WebhookLoad(cluster.ports(), families, rate, "p", cluster.line);
                load.start();
                Thread.sleep(seconds * 500L);
                int before = load.accepted().size();
                postgres.restart();
                int atRestart = load.accepted().size();
                Thread.sleep(seconds * 500L);
                load.stop();
                Duration drained = cluster.awaitAnswered(load.accepted(), Duration.ofSeconds(90));
                Report report = cluster.report(load, drained);
                System.out.println(report.describe("PostgreSQL restarted under load (two processes)"));

                assertThat(before).as("webhooks taken before the restart").isPositive();
                assertThat(load.accepted().size()).as("webhooks taken after the restart").isGreaterThan(atRestart);
                assertThat(report.lost()).as("accepted but never answered").isZero();
                assertThat(report.twice()).as("answered twice").isZero();
                assertThat(report.outOfOrder()).as("families answered out of order").isEmpty();
            }
        }
    }
}
