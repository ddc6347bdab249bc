package jp.tokyo.mcc.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jp.tokyo.mcc.support.BotDatabase;
import jp.tokyo.mcc.support.BotProcess;
import jp.tokyo.mcc.support.StrictLineStandIn;
import jp.tokyo.mcc.support.WebhookLoad;
import jp.tokyo.mcc.support.WebhookLoad.Accepted;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM under load (a rolling restart, {@code docker compose stop}): a real bot process (a separate JVM, on the
 * embedded H2 file database or on CI's PostgreSQL in a schema of its own) takes signed webhooks at a steady rate and is
 * sent SIGTERM. It must end by itself (graceful shutdown: no kill), and before it ends finish what it took: every event
 * it answered 200 is in its inbox, handled, and answered once — nothing left pending in the inbox or the outbox for a
 * restart. Webhooks that come after it stopped listening are refused (LINE delivers them again; not counted as taken).
 * The long version: {@code ./mvnw test -Dtest=GracefulShutdownIT -Dshutdown.rate=300 -Dshutdown.before=10}.
 */
class GracefulShutdownIT {

    private final int rate = Integer.getInteger("shutdown.rate", 150);
    private final int families = Integer.getInteger("shutdown.families", 60);
    private final int before = Integer.getInteger("shutdown.before", 4);

    @Test
    void sigtermUnderLoadFinishesEveryEventItTookBeforeItEnds() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "graceful-shutdown", String.valueOf(System.currentTimeMillis())));
        BotDatabase database = BotDatabase.forRun(work);
        try (StrictLineStandIn line = new StrictLineStandIn()) {
            List<String> args = new ArrayList<>(List.of("--spring.main.banner-mode=off",
                    "--app.line.channel-secret=" + Webhooks.SECRET, "--app.line.channel-token=graceful",
                    "--app.line.api-endpoint=" + line.baseUrl(), "--app.conversation.enabled=false",
                    "--app.flows.dir=flows", "--app.line.send-timeout=2s"));
            args.addAll(database.botArguments());
            BotProcess bot = new BotProcess(EchoBot.class.getName(), args, work.resolve("bot.log"));
            int exit;
            List<Accepted> accepted;
            WebhookLoad load = null;
            try {
                bot.start(Duration.ofSeconds(180));
                load = new WebhookLoad(bot.port(), families, rate, "g", line);
                load.start();
                Thread.sleep(before * 1000L);
                exit = bot.terminate(Duration.ofSeconds(60));
                Thread.sleep(500);
                load.stop();
                accepted = load.accepted();
            } finally {
                if (load != null) {
                    load.close();
                }
                bot.kill();
            }
            Thread.sleep(1000); // anything sent late would come now

            Set<String> stored = database.storedEventIds();
            long missingFromInbox = accepted.stream().filter(a -> !stored.contains(a.webhookEventId())).count();
            long unanswered = accepted.stream().filter(a -> line.deliveries("echo text:" + a.text()) == 0).count();
            long twice = accepted.stream().filter(a -> line.deliveries("echo text:" + a.text()) > 1).count();
            long pendingEvents = count(database, "SELECT COUNT(*) FROM line_inbox_event WHERE status = 'PENDING'");
            long pendingBatches = count(database,
                    "SELECT COUNT(*) FROM line_outbox_batch WHERE status IN ('PENDING', 'SENDING')");
            System.out.printf(Locale.ROOT, "%nSIGTERM at %d events/s after %d s: exit %d; %d events accepted (200), %d refused; "
                            + "unanswered %d, answered twice %d, left pending: %d events, %d batches; replies %d, pushes %d%n",
                    rate, before, exit, accepted.size(), load.refused(), unanswered, twice, pendingEvents, pendingBatches,
                    line.replies(), line.pushes());

            assertThat(exit).as("the process ended by itself (143: after SIGTERM), not killed").isEqualTo(143);
            assertThat(accepted).as("the bot took webhooks before the SIGTERM").hasSizeGreaterThan(rate);
            assertThat(missingFromInbox).as("events answered 200 but not in the inbox").isZero();
            assertThat(pendingEvents).as("events left unhandled at the exit").isZero();
            assertThat(pendingBatches).as("answers left unsent at the exit").isZero();
            assertThat(unanswered).as("events answered 200 but never answered").isZero();
            assertThat(twice).as("events answered twice").isZero();
        } finally {
            database.drop();
        }
    }

    private static long count(BotDatabase database, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
