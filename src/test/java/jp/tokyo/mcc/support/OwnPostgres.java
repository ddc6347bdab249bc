package jp.tokyo.mcc.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of the test's own (initdb and pg_ctl from {@code /usr/lib/postgresql/15/bin}) on a free port, for
 * tests that restart the database: never the team's server or CI's. Durable as a production server is (fsync and
 * synchronous commits on). Run as root (CI), the server runs as the {@code postgres} user, as {@code .ci/run} does.
 */
public final class OwnPostgres implements AutoCloseable {

    public static final Path BIN = Path.of(System.getProperty("test.pg.bin", "/usr/lib/postgresql/15/bin"));

    private final Path dir;
    private final int port;
    private final String user;
    private final boolean root;

    private OwnPostgres(Path dir, int port, String user, boolean root) {
        this.dir = dir;
        this.port = port;
        this.user = user;
        this.root = root;
    }

    /** Whether initdb and pg_ctl are there (the test skips otherwise). */
    public static boolean available() {
        return Files.isExecutable(BIN.resolve("initdb")) && Files.isExecutable(BIN.resolve("pg_ctl"));
    }

    /** A new cluster, started, with its superuser as the bot's user and the database {@code postgres}. */
    public static OwnPostgres start() throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("mccbot-own-pg");
        String user = root ? "postgres" : System.getProperty("user.name");
        if (root) {
            run(List.of("chown", "postgres:", dir.toString()), false);
        }
        OwnPostgres pg = new OwnPostgres(dir, freePort(), user, root);
        pg.run(List.of(BIN.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", user, "-E", "UTF8",
                "--locale=C.UTF-8", "--auth=trust"));
        pg.pgCtl("start");
        return pg;
    }

    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public String user() {
        return user;
    }

    /** Stops the server (fast: connections are cut, as when the database's machine restarts it) and starts it again. */
    public void restart() throws IOException, InterruptedException {
        pgCtl("restart");
    }

    public void stop() throws IOException, InterruptedException {
        pgCtl("stop");
    }

    private void pgCtl(String action) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(BIN.resolve("pg_ctl").toString(), "-D",
                dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60",
                "-m", "fast", action));
        if (!action.equals("stop")) {
            command.addAll(List.of("-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 "
                    + "-c max_connections=100"));
        }
        run(command);
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full, true);
    }

    private static void run(List<String> command, boolean check) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("did not end: " + command.get(0));
        }
        if (check && process.exitValue() != 0) {
            throw new IOException("failed (exit " + process.exitValue() + "): " + String.join(" ", command));
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stop();
        } finally {
            run(List.of("rm", "-rf", dir.toString()), false);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
