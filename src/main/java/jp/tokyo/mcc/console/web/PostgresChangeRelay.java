package jp.tokyo.mcc.console.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.inquiry.InquiryChanged;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Console live updates across processes on PostgreSQL: a committed change is sent with {@code pg_notify} (from a
 * pooled connection, off the caller's thread) on a channel named after the schema ({@code mcc_console_<schema>}, so
 * deployments sharing a database do not hear each other), and a dedicated connection of each process LISTENs on it and
 * hands what it hears to that process's open pages — the change's own process included. The payload carries ids only
 * ({@code <inquiry id>:<kind>:<center>:<previous center>}): never text, never a LINE user id.
 *
 * <p>When the listening connection is lost (PostgreSQL restarted) it is opened again with a growing pause; changes
 * notified meanwhile are not heard, so the open pages are told to reconnect, and a page that reconnects fetches what it
 * missed. When a notification cannot be sent, this process's pages still get the change.
 */
final class PostgresChangeRelay implements ChangeRelay, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresChangeRelay.class);
    private static final int MAX_CHANNEL = 63;

    private final JdbcClient jdbc;
    private final String url;
    private final String username;
    private final String password;
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(r -> daemon(r, "console-notify"));
    private volatile Consumer<InquiryChanged> changes = c -> { };
    private volatile Runnable missed = () -> { };
    private volatile String channel;
    private volatile boolean running;
    private volatile Connection listening;
    private Thread listener;

    PostgresChangeRelay(JdbcClient jdbc, String url, String username, String password) {
        this.jdbc = jdbc;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    @Override
    public void publish(InquiryChanged change) {
        String payload = change.inquiryId() + ":" + change.kind().name() + ":" + change.center().code() + ":"
                + (change.previousCenter() == null ? change.center() : change.previousCenter()).code();
        try {
            notifier.execute(() -> notifyAll(change, payload));
        } catch (RejectedExecutionException stopping) {
            // shutting down: the pages are closed anyway
        }
    }

    private void notifyAll(InquiryChanged change, String payload) {
        try {
            jdbc.sql("SELECT pg_notify(?, ?)").params(channel(), payload).query((rs, n) -> 1).list();
        } catch (DataAccessException e) {
            log.warn("console change not sent to the other processes ({}); this process's pages still get it",
                    e.getClass().getSimpleName());
            changes.accept(change);
        }
    }

    @Override
    public void deliverTo(Consumer<InquiryChanged> changes, Runnable missed) {
        this.changes = changes;
        this.missed = missed;
    }

    /** The channel: {@code mcc_console_} and the current schema. */
    String channel() {
        String known = channel;
        if (known == null) {
            String schema = jdbc.sql("SELECT current_schema()").query(String.class).optional().orElse("public");
            String name = "mcc_console_" + schema;
            known = name.length() > MAX_CHANNEL ? name.substring(0, MAX_CHANNEL) : name;
            channel = known;
        }
        return known;
    }

    private void listen() {
        long pause = 500;
        boolean heardBefore = false;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, username, password)) {
                listening = connection;
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN \"" + channel().replace("\"", "\"\"") + "\"");
                }
                if (heardBefore) {
                    log.info("console live updates: listening again; open pages reconnect to fetch what they missed");
                    missed.run();
                }
                heardBefore = true;
                pause = 500;
                PGConnection pg = connection.unwrap(PGConnection.class);
                long quietSince = System.nanoTime();
                while (running) {
                    PGNotification[] heard = pg.getNotifications(5_000);
                    if (heard != null && heard.length > 0) {
                        for (PGNotification notification : heard) {
                            parse(notification.getParameter()).ifPresent(c -> changes.accept(c));
                        }
                        quietSince = System.nanoTime();
                    } else if (System.nanoTime() - quietSince > 30_000_000_000L) {
                        // a connection that died without a word shows here
                        try (Statement ping = connection.createStatement(); ResultSet rs = ping.executeQuery("SELECT 1")) {
                            quietSince = System.nanoTime();
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("console live updates: the listening connection failed ({}); trying again in {} ms",
                        e.getClass().getSimpleName(), pause);
                sleep(pause);
                pause = Math.min(pause * 2, 10_000);
            } finally {
                listening = null;
            }
        }
    }

    /** A payload as {@link #publish} writes it; empty when it is not one (nothing else is sent on the channel). */
    static Optional<InquiryChanged> parse(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(":");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(parts[0]);
            InquiryChanged.Kind kind = InquiryChanged.Kind.valueOf(parts[1]);
            Optional<CenterId> center = CenterId.fromCode(parts[2]);
            Optional<CenterId> previous = CenterId.fromCode(parts[3]);
            if (center.isEmpty() || previous.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new InquiryChanged(id, center.get(), previous.get(), kind));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    @Override
    public void start() {
        running = true;
        listener = daemon(this::listen, "console-listen");
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        Connection connection = listening;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        if (listener != null) {
            listener.interrupt();
        }
        notifier.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server (its graceful shutdown may still change inquiries), starts before it. */
    @Override
    public int getPhase() {
        return 0;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
