package jp.tokyo.mcc.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jp.tokyo.mcc.support.BotDatabase;
import jp.tokyo.mcc.support.BotProcess;
import jp.tokyo.mcc.support.StrictLineStandIn;
import jp.tokyo.mcc.support.WebhookLoad;
import jp.tokyo.mcc.support.WebhookLoad.Accepted;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.Test;

/**
 * Several bot processes on one PostgreSQL database and one channel (README, "Several processes"): real JVMs started
 * from the test classpath (as {@code KillNineIT} does) with the same SPRING_DATASOURCE_URL, webhooks delivered to them
 * in turn (a family's consecutive events reach different processes), a stand-in LINE API that keeps LINE's rules
 * (a reply token works once, a retry key is executed once). Runs only when the suite runs on PostgreSQL (CI's second
 * run sets SPRING_DATASOURCE_URL); skipped on the embedded H2, which is single-process by design.
 *
 * <p>The suite runs short versions (about 10 s of load each). The long version:
 * {@code SPRING_DATASOURCE_URL=... ./mvnw test -Dtest=MultiInstanceIT -Dmulti.seconds=60 -Dmulti.rate=200
 * -Dmulti.families=200}.
 */
class MultiInstanceIT {

    private final int seconds = Integer.getInteger("multi.seconds", 8);
    private final int rate = Integer.getInteger("multi.rate", 100);
    private final int families = Integer.getInteger("multi.families", 40);

    static boolean onPostgresql() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    @Test
    void twoProcessesAnswerEveryEventOnceInOrderByReplyAndOneTakesOverWhenTheOtherIsKilled() throws Exception {
        assumeTrue(onPostgresql(), "several processes share a PostgreSQL database (SPRING_DATASOURCE_URL)");
        try (Cluster cluster = new Cluster("two", 2)) {
            WebhookLoad load = new WebhookLoad(cluster.ports(), families, rate, "m", cluster.line);
            load.start();
            Thread.sleep(seconds * 1000L);
            load.stop();
            Duration drained = cluster.awaitAnswered(load.accepted(), Duration.ofSeconds(60));
            Report report = cluster.report(load, drained);
            System.out.println(report.describe("two processes, alternating delivery"));

            assertThat(load.acceptedByPort()).as("both processes took webhooks").hasSize(2);
            assertThat(report.lost).as("accepted but never answered").isZero();
            assertThat(report.twice).as("answered twice").isZero();
            assertThat(report.outOfOrder).as("families answered out of order").isEmpty();
            // every event is answered by reply while its token is fresh, whichever process handles it
            assertThat(cluster.line.pushes()).as("answers pushed instead of replied").isLessThanOrEqualTo(
                    Math.max(1, load.accepted().size() / 100));

            // the same families go on; one process is killed (SIGKILL) and never comes back: its families, events and
            // batches go to the other
            WebhookLoad after = new WebhookLoad(cluster.ports(), load.families(), rate, "k", cluster.line);
            after.start();
            Thread.sleep(seconds * 500L);
            cluster.bots.get(1).kill();
            Thread.sleep(seconds * 500L);
            after.stop();
            Duration takenOver = cluster.awaitAnswered(after.accepted(), Duration.ofSeconds(60));
            Report killed = cluster.report(after, takenOver);
            System.out.println(killed.describe("one of two processes killed (-9) for good"));

            assertThat(killed.lost).as("accepted but never answered").isZero();
            assertThat(killed.twice).as("answered twice").isZero();
            assertThat(killed.outOfOrder).as("families answered out of order").isEmpty();
        }
    }

    @Test
    void aRollingRestartLosesNothingAndAnswersByReply() throws Exception {
        assumeTrue(onPostgresql(), "several processes share a PostgreSQL database (SPRING_DATASOURCE_URL)");
        try (Cluster cluster = new Cluster("rolling", 2)) {
            WebhookLoad load = new WebhookLoad(cluster.ports(), families, rate, "r", cluster.line);
            load.start();
            Thread.sleep(2000);
            for (BotProcess bot : cluster.bots) {
                bot.stop(); // SIGTERM: an upgrade stops one process, starts it again, then the next
                bot.start(Duration.ofSeconds(180));
                Thread.sleep(2000);
            }
            load.stop();
            Duration drained = cluster.awaitAnswered(load.accepted(), Duration.ofSeconds(60));
            Report report = cluster.report(load, drained);
            System.out.println(report.describe("rolling restart of two processes"));

            assertThat(report.refused).as("webhooks no process took (the other one was up throughout)").isZero();
            assertThat(report.lost).as("accepted but never answered").isZero();
            assertThat(report.twice).as("answered twice").isZero();
            assertThat(report.outOfOrder).as("families answered out of order").isEmpty();
            assertThat(cluster.line.pushes()).as("answers pushed instead of replied").isLessThanOrEqualTo(
                    Math.max(1, load.accepted().size() / 100));
        }
    }

    /** Processes on one database schema of their own (a fresh one per test), behind one stand-in LINE API. */
    static final class Cluster implements AutoCloseable {

        final StrictLineStandIn line = new StrictLineStandIn();
        final List<BotProcess> bots = new ArrayList<>();
        final BotDatabase database;
        final Path work;

        Cluster(String name, int processes, String... extra) throws Exception {
            this(name, null, processes, extra);
        }

        /** On {@code database} (null: the suite's, in a schema of its own). */
        Cluster(String name, BotDatabase database, int processes, String... extra) throws Exception {
            work = Files.createDirectories(Path.of("target", "multi-instance", name + "-" + System.currentTimeMillis()));
            this.database = database != null ? database : BotDatabase.forRun(work);
            List<String> args = new ArrayList<>(List.of("--spring.main.banner-mode=off",
                    "--app.line.channel-secret=" + Webhooks.SECRET, "--app.line.channel-token=multi",
                    "--app.line.api-endpoint=" + line.baseUrl(), "--app.conversation.enabled=false",
                    "--app.flows.dir=flows", "--app.line.send-timeout=2s", "--app.line.sweep-interval=1s"));
            args.addAll(this.database.botArguments());
            args.addAll(List.of(extra));
            for (int i = 0; i < processes; i++) {
                BotProcess bot = new BotProcess(EchoBot.class.getName(), args, work.resolve("bot-" + i + ".log"));
                bots.add(bot);
                bot.start(Duration.ofSeconds(180));
            }
        }

        int[] ports() {
            return bots.stream().mapToInt(BotProcess::port).toArray();
        }

        /** Waits until every accepted event was answered; returns how long that took. */
        Duration awaitAnswered(List<Accepted> accepted, Duration atMost) throws InterruptedException {
            long start = System.nanoTime();
            long deadline = start + atMost.toNanos();
            while (System.nanoTime() < deadline
                    && accepted.stream().anyMatch(a -> line.deliveries("echo text:" + a.text()) == 0)) {
                Thread.sleep(200);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            Thread.sleep(1500); // anything sent twice would come now
            return took;
        }

        Report report(WebhookLoad load, Duration drained) {
            List<Accepted> accepted = load.accepted();
            long lost = accepted.stream().filter(a -> line.deliveries("echo text:" + a.text()) == 0).count();
            long twice = accepted.stream().filter(a -> line.deliveries("echo text:" + a.text()) > 1).count();
            Map<String, List<Long>> outOfOrder = new java.util.TreeMap<>();
            // an event a process failed first reached the other later than the family's next events may have: its
            // place in the family's order is where it arrived, so it is left out of the comparison
            java.util.Set<Long> retried = accepted.stream().filter(Accepted::retried).map(Accepted::sequence)
                    .collect(Collectors.toSet());
            for (String family : load.families()) {
                // every answer this family got (also to events a killed process stored but did not answer 200)
                String answer = "echo text:" + load.prefix();
                List<Long> sequence = line.textsTo(family).stream().filter(t -> t.startsWith(answer))
                        .map(t -> Long.parseLong(t.substring(answer.length())))
                        .filter(sequenceNumber -> !retried.contains(sequenceNumber))
                        .collect(Collectors.toList());
                for (int i = 1; i < sequence.size(); i++) {
                    if (sequence.get(i) <= sequence.get(i - 1)) {
                        outOfOrder.put(family.substring(0, 6), sequence);
                        break;
                    }
                }
            }
            return new Report(accepted.size(), load.refused(), retried.size(), load.acceptedByPort(), lost, twice, outOfOrder,
                    line.replies(), line.pushes(), line.refusedTokens(), line.conflicts(), drained);
        }

        @Override
        public void close() throws Exception {
            for (BotProcess bot : bots) {
                bot.stop();
            }
            line.close();
            database.drop();
        }
    }

    record Report(int accepted, long refused, int retried, Map<Integer, Long> byPort, long lost, long twice,
                  Map<String, List<Long>> outOfOrder, long replies, long pushes, long refusedTokens, long conflicts,
                  Duration drained) {

        String describe(String what) {
            return String.format(Locale.ROOT, "%n%s: %d events accepted (200) %s (%d after a failed try), %d refused; lost %d, answered twice %d, "
                            + "families out of order %d; replies %d, pushes %d (%.1f %%), used tokens refused %d, "
                            + "retry-key conflicts %d; all answered %.1f s after the load",
                    what, accepted, byPort.values(), retried, refused, lost, twice, outOfOrder.size(), replies, pushes,
                    replies + pushes == 0 ? 0.0 : 100.0 * pushes / (replies + pushes), refusedTokens, conflicts,
                    drained.toMillis() / 1000.0);
        }
    }
}
