package jp.tokyo.mcc.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The bot as a separate JVM, started from the test's own classpath with a main class and arguments, on a free port:
 * a real process that a test can kill with SIGKILL ({@link #kill()}) and start again on the same data.
 */
public final class BotProcess implements AutoCloseable {

    private final String mainClass;
    private final List<String> args;
    private final Path log;
    private final int port;
    private Process process;

    public BotProcess(String mainClass, List<String> args, Path log) {
        this.mainClass = mainClass;
        this.args = List.copyOf(args);
        this.log = log;
        this.port = freePort();
    }

    public int port() {
        return port;
    }

    /** Starts the process and waits until it answers {@code /actuator/health}; returns how long that took. */
    public Duration start(Duration atMost) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // a quick start on a shared machine: C1 only, a small heap
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-Xss512k", "-Xmx768m", "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), mainClass,
                "--server.port=" + port));
        if (args.stream().noneMatch(a -> a.startsWith("--app.line.late-notices"))) {
            // these tests count each event's answers: a late notice (a reply of its own, on a machine loaded enough
            // that an event waits 20 s) would read as a second answer; LateNoticesIT tests the notices
            command.add("--app.line.late-notices=false");
        }
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        long started = System.nanoTime();
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the bot process", e);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = started + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the bot process ended at start (exit " + process.exitValue()
                        + "); see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        kill();
        throw new IllegalStateException("the bot did not start within " + atMost + "; see " + log);
    }

    /** SIGKILL: the process ends at once, without any shutdown hook or flush. */
    public void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitFor();
        }
    }

    /** A clean stop (SIGTERM: Spring closes the context, the database is closed). */
    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }

    /**
     * SIGTERM, then waits up to {@code atMost} for the process to end by itself (Spring's graceful shutdown); returns
     * its exit value, or -1 when it had to be killed.
     */
    public int terminate(Duration atMost) {
        if (process == null || !process.isAlive()) {
            return process == null ? -1 : process.exitValue();
        }
        process.destroy();
        try {
            if (process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
                return process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
        return -1;
    }

    private void waitFor() {
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
