package jp.tokyo.mcc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import jp.tokyo.mcc.line.IncomingEvent;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import jp.tokyo.mcc.line.Outbox;
import jp.tokyo.mcc.line.OutgoingMessage;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Load benchmark (not part of the suite): the real application on a random port and the embedded H2 file database
 * (or SPRING_DATASOURCE_URL's database), a minimal in-process HTTP server standing in for the Messaging API (no delay;
 * {@code -Dbenchmark.standin=wiremock} for WireMock), and an open-loop load
 * generator posting signed webhooks for N simulated users at a fixed rate. Everything runs in this one JVM, so the
 * numbers are for the bot and its load generator sharing the machine.
 *
 * <pre>
 * ./mvnw test -Dtest=WebhookBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 *   -Dbenchmark.users=200 -Dbenchmark.rate=2000 -Dbenchmark.seconds=10 -Dbenchmark.warmup=15
 *   -Dbenchmark.engine=echo|real   (echo: a stand-in answers every event; real: the conversation engine answers)
 *   -Dbenchmark.texts=こんにちは,メニュー   (what the families write; real engine mode)
 *   -Dbenchmark.args="--app.line.dispatch-threads=32 --spring.datasource.hikari.maximum-pool-size=40"
 *   -Dbenchmark.standin=socket|wiremock   (the Messaging API stand-in)
 *   -Dbenchmark.log=WARN   (application log level during the run)
 *   -Dbenchmark.instances=2   (several application instances on SPRING_DATASOURCE_URL's PostgreSQL database, webhooks
 *                              to each in turn: the instances share this JVM, its CPU and the load generator's)
 * </pre>
 * Prints events/s accepted and webhook latency, events/s answered (reply requests the stand-in received) and
 * answer latency (webhook sent -> reply received by the stand-in), peak heap and CPU.
 */
class WebhookBenchmark {

    private static final Pattern REPLY_TOKEN = Pattern.compile("\"replyToken\"\\s*:\\s*\"bt-(\\d+)\"");

    private final int users = Integer.getInteger("benchmark.users", 200);
    private final int rate = Integer.getInteger("benchmark.rate", 2000);
    private final int seconds = Integer.getInteger("benchmark.seconds", 10);
    private final int warmup = Integer.getInteger("benchmark.warmup", 60);
    private final String engine = System.getProperty("benchmark.engine", "echo");
    private final List<String> texts = List.of(System.getProperty("benchmark.texts", "こんにちは,メニュー").split(","));
    /** socket: a minimal in-process HTTP/1.1 stand-in (default); wiremock: WireMock, as the tests use. */
    private final String standIn = System.getProperty("benchmark.standin", "socket");
    /** Log level for the whole application during the run (empty: as configured). */
    private final String quiet = System.getProperty("benchmark.log", "");
    /** Application instances on one (PostgreSQL) database, webhooks to each in turn. */
    private final int instances = Integer.getInteger("benchmark.instances", 1);

    /** Events sent, by sequence number: intended send time (ns); answer time (ns) once the stand-in saw the reply. */
    private long[] sentAt;
    private AtomicLongArray answeredAt;
    private final AtomicLong replies = new AtomicLong();
    private final AtomicLong pushes = new AtomicLong();

    @Test
    void webhooksOfManyFamilies() throws Exception {
        assertThat(engine).isIn("echo", "real");
        int warmupEvents = rate * warmup;
        int measuredEvents = rate * seconds;
        int total = warmupEvents + measuredEvents;
        sentAt = new long[total];
        answeredAt = new AtomicLongArray(total);

        LineStandIn lineApi = standIn.equals("wiremock") ? new WireMockStandIn() : new SocketStandIn();
        Path data = Path.of("target", "benchmark", String.valueOf(System.currentTimeMillis()));
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--app.data-dir=" + data.toAbsolutePath(),
                "--app.line.channel-secret=" + Webhooks.SECRET, "--app.line.channel-token=benchmark",
                "--app.line.api-endpoint=" + lineApi.baseUrl()));
        if (!quiet.isEmpty()) {
            args.add("--logging.level.root=" + quiet);
        }
        // extra settings to try, e.g. -Dbenchmark.args="--app.line.dispatch-threads=32"
        for (String extra : System.getProperty("benchmark.args", "").trim().split("\\s+")) {
            if (!extra.isEmpty()) {
                args.add(extra);
            }
        }
        SpringApplicationBuilder builder = new SpringApplicationBuilder(CareBotApplication.class);
        if (engine.equals("echo")) {
            args.add("--app.conversation.enabled=false");
            builder.initializers((GenericApplicationContext context) -> context.registerBean(Echo.class));
        }
        ConfigurableApplicationContext app = builder.run(args.toArray(String[]::new));
        List<ConfigurableApplicationContext> others = new ArrayList<>();
        try {
            int port = Integer.parseInt(app.getBean(Environment.class).getProperty("local.server.port"));
            List<Integer> ports = new ArrayList<>(List.of(port));
            if (instances > 1) {
                assertThat(app.getBean(Environment.class).getProperty("spring.datasource.url"))
                        .as("several instances share a PostgreSQL database").startsWith("jdbc:postgresql:");
            }
            for (int i = 1; i < instances; i++) {
                ConfigurableApplicationContext other = builder.run(args.toArray(String[]::new));
                others.add(other);
                ports.add(Integer.parseInt(other.getBean(Environment.class).getProperty("local.server.port")));
            }
            System.out.printf("%nbenchmark: %d users, %d events/s, %d s warm-up + %d s measured, engine %s, stand-in %s, database %s%n",
                    users, rate, warmup, seconds, engine, standIn, app.getBean(Environment.class).getProperty("spring.datasource.url"));
            List<byte[]> bodies = bodies(total);
            Load load = new Load(ports, bodies);
            if (instances > 1) {
                System.out.printf("instances         : %d on one database, webhooks to each in turn%n", instances);
            }

            long warmStart = System.nanoTime();
            load.run(0, warmupEvents);
            // the measured run starts on an empty queue: every warm-up event handled and every answer sent (some by
            // push, when a backlog outlived their reply tokens), so the measurement is of its own events only
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            boolean drained = awaitDrained(jdbc, Duration.ofSeconds(300));
            System.out.printf(Locale.ROOT, "warm-up           : %d events in %.0f s, %s%n", warmupEvents,
                    (System.nanoTime() - warmStart) / 1e9, drained ? "all handled and answered"
                            : "NOT drained after 300 s: the measured run starts with a backlog");

            resetPeaks();
            HeapWatch heap = new HeapWatch();
            long cpuBefore = processCpuNanos();
            long replyCountBefore = replies.get();
            long pushCountBefore = pushes.get();
            long start = System.nanoTime();
            Load.Result result = load.run(warmupEvents, total);
            long sendEnd = System.nanoTime();
            awaitAnswers(warmupEvents, total, Duration.ofSeconds(60));
            long cpu = processCpuNanos() - cpuBefore;
            heap.stop();

            report(result, warmupEvents, total, start, sendEnd, cpu, heap.peakBytes(), replies.get() - replyCountBefore,
                    pushes.get() - pushCountBefore);
            System.out.println("inbox by status   : " + jdbc.sql("SELECT status, COUNT(*) FROM line_inbox_event GROUP BY status")
                    .query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2)).list());
            System.out.println("outbox by status  : " + jdbc.sql("SELECT status, delivered_via, COUNT(*) FROM line_outbox_batch "
                    + "GROUP BY status, delivered_via").query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "="
                    + rs.getLong(3)).list());
        } finally {
            others.forEach(ConfigurableApplicationContext::close);
            app.close();
            lineApi.stop();
        }
    }

    // ---------------------------------------------------------------- the families

    /** One signed webhook body per event: user {@code i % users}; a user's first event is a follow. */
    private List<byte[]> bodies(int total) {
        String[] userIds = new String[users];
        for (int u = 0; u < users; u++) {
            userIds[u] = Webhooks.newUserId();
        }
        List<byte[]> bodies = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            String user = userIds[i % users];
            String token = "bt-" + i;
            String event = i < users ? Webhooks.follow(user, token)
                    : Webhooks.text(user, texts.get((i / users) % texts.size()), token);
            bodies.add(Webhooks.body(event).getBytes(StandardCharsets.UTF_8));
        }
        return bodies;
    }

    /**
     * Open-loop load: event i is due at start + i/rate, whether or not earlier webhooks have been answered. A pacer
     * hands due events to {@code connections} senders, each with its own keep-alive connection (like LINE's
     * webhook senders); latency is counted from when an event was due, so a backlog shows in the numbers.
     */
    private final class Load {
        final int connections = Integer.getInteger("benchmark.connections", 64);
        final OkHttpClient http;
        final String[] callbacks;
        final List<byte[]> bodies;
        final String[] signatures;

        Load(List<Integer> ports, List<byte[]> bodies) {
            this.callbacks = ports.stream().map(port -> "http://127.0.0.1:" + port + "/callback").toArray(String[]::new);
            this.bodies = bodies;
            this.signatures = bodies.stream().map(Webhooks::sign).toArray(String[]::new);
            okhttp3.Dispatcher dispatcher = new okhttp3.Dispatcher();
            dispatcher.setMaxRequests(connections);
            dispatcher.setMaxRequestsPerHost(connections);
            this.http = new OkHttpClient.Builder().dispatcher(dispatcher)
                    .connectionPool(new okhttp3.ConnectionPool(connections, 1, TimeUnit.MINUTES))
                    .readTimeout(Duration.ofSeconds(30)).retryOnConnectionFailure(false).build();
        }

        record Result(long accepted, long refused, long[] latenciesNanos, long lagNanos) {
        }

        Result run(int from, int to) throws InterruptedException {
            int n = to - from;
            long[] latencies = new long[n];
            AtomicLong accepted = new AtomicLong();
            AtomicLong refused = new AtomicLong();
            BlockingQueue<Integer> due = new LinkedBlockingQueue<>();
            CountDownLatch done = new CountDownLatch(n);
            MediaType json = MediaType.get("application/json");
            List<Thread> senders = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                Thread sender = new Thread(() -> {
                    try {
                        while (true) {
                            int seq = due.take();
                            if (seq < 0) {
                                return;
                            }
                            Request request = new Request.Builder().url(callbacks[seq % callbacks.length])
                                    .header("X-Line-Signature", signatures[seq])
                                    .post(RequestBody.create(bodies.get(seq), json)).build();
                            boolean ok;
                            try (Response response = http.newCall(request).execute()) {
                                response.body().bytes();
                                ok = response.code() == 200;
                            } catch (IOException e) {
                                ok = false;
                            }
                            latencies[seq - from] = System.nanoTime() - sentAt[seq];
                            (ok ? accepted : refused).incrementAndGet();
                            done.countDown();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "webhook-sender-" + c);
                sender.setDaemon(true);
                sender.start();
                senders.add(sender);
            }
            long start = System.nanoTime() + 1_000_000;
            double interval = 1e9 / rate;
            long maxLag = 0;
            for (int i = 0; i < n; i++) {
                long at = start + (long) (i * interval);
                long wait;
                while ((wait = at - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(Math.min(wait, 200_000));
                }
                maxLag = Math.max(maxLag, System.nanoTime() - at);
                sentAt[from + i] = at;
                due.add(from + i);
            }
            if (!done.await(120, TimeUnit.SECONDS)) {
                System.out.println("benchmark: some webhooks never got an answer");
            }
            for (int c = 0; c < connections; c++) {
                due.add(-1);
            }
            return new Result(accepted.get(), refused.get(), latencies, maxLag);
        }
    }

    /** Waits until no event is pending in the inbox and no batch is unsent in the outbox. */
    private static boolean awaitDrained(JdbcClient jdbc, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            long busy = jdbc.sql("SELECT (SELECT COUNT(*) FROM line_inbox_event WHERE status = 'PENDING') "
                    + "+ (SELECT COUNT(*) FROM line_outbox_batch WHERE status IN ('PENDING', 'SENDING'))")
                    .query(Long.class).single();
            if (busy == 0) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private void awaitAnswers(int from, int to, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        int next = from; // every event before this one has been answered
        while (System.nanoTime() < deadline) {
            while (next < to && answeredAt.get(next) != 0) {
                next++;
            }
            if (next == to) {
                return;
            }
            Thread.sleep(50);
        }
    }

    // ---------------------------------------------------------------- the stand-in for LINE

    /** Stands in for LINE's Messaging API servers (which are not on this machine): answers every call at once. */
    private interface LineStandIn {
        String baseUrl();

        void stop();
    }

    /**
     * A minimal HTTP/1.1 stand-in: one thread per keep-alive connection (the SDK's client keeps at most
     * {@code app.line.max-requests-per-host} of them), reads each request, notes when each event's reply arrived and
     * answers canned JSON. Costs far less CPU than WireMock (Jetty, request matching). (The JDK's HttpServer was
     * tried first: its keep-alive handling stalled some requests for seconds under this load.)
     */
    private final class SocketStandIn implements LineStandIn {
        private static final byte[] OK = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 19\r\n\r\n"
                + "{\"sentMessages\":[]}").getBytes(StandardCharsets.US_ASCII);
        private final ServerSocket server;
        private final List<Socket> connections = new java.util.concurrent.CopyOnWriteArrayList<>();

        SocketStandIn() throws IOException {
            server = new ServerSocket(0, 256, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket socket = server.accept();
                        socket.setTcpNoDelay(true);
                        connections.add(socket);
                        Thread connection = new Thread(() -> serve(socket), "line-stand-in");
                        connection.setDaemon(true);
                        connection.start();
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "line-stand-in-acceptor");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private void serve(Socket socket) {
            try (socket; var in = new java.io.BufferedInputStream(socket.getInputStream(), 16384);
                 var out = socket.getOutputStream()) {
                while (true) {
                    String requestLine = line(in);
                    if (requestLine == null) {
                        return;
                    }
                    int length = 0;
                    for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                        if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                            length = Integer.parseInt(header.substring(15).trim());
                        }
                    }
                    byte[] body = in.readNBytes(length);
                    String path = requestLine.split(" ", 3)[1];
                    lineApi(path, new String(body, StandardCharsets.UTF_8));
                    out.write(OK);
                    out.flush();
                }
            } catch (IOException | RuntimeException closed) {
                // the client went away
            } finally {
                connections.remove(socket);
            }
        }

        /** One CRLF-terminated line (ASCII), or null at the end of the stream. */
        private static String line(java.io.InputStream in) throws IOException {
            StringBuilder sb = new StringBuilder(64);
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n') {
                    int end = sb.length();
                    return end > 0 && sb.charAt(end - 1) == '\r' ? sb.substring(0, end - 1) : sb.toString();
                }
                sb.append((char) c);
            }
            return sb.length() == 0 ? null : sb.toString();
        }

        @Override
        public String baseUrl() {
            return "http://127.0.0.1:" + server.getLocalPort();
        }

        @Override
        public void stop() {
            try {
                server.close();
                for (Socket socket : connections) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // stopping anyway
            }
        }
    }

    /** WireMock with no delay and no request journal (-Dbenchmark.standin=wiremock); a listener sees every request. */
    private final class WireMockStandIn implements LineStandIn {
        private final WireMockServer server;

        @SuppressWarnings("deprecation") // addMockServiceRequestListener: the simplest hook that sees every request
        WireMockStandIn() {
            server = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(32).jettyAcceptors(2)
                    .disableRequestJournal().asynchronousResponseEnabled(false));
            server.start();
            server.stubFor(any(urlPathMatching("/v2/bot/.*")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody("{\"sentMessages\":[]}")));
            server.addMockServiceRequestListener((request, response) -> lineApi(request.getUrl(), request.getBodyAsString()));
        }

        @Override
        public String baseUrl() {
            return server.baseUrl();
        }

        @Override
        public void stop() {
            server.stop();
        }
    }

    private void lineApi(String path, String body) {
        long now = System.nanoTime();
        if (path.endsWith("/message/reply")) {
            replies.incrementAndGet();
            Matcher m = REPLY_TOKEN.matcher(body);
            if (m.find()) {
                int seq = Integer.parseInt(m.group(1));
                if (seq < answeredAt.length()) {
                    answeredAt.compareAndSet(seq, 0, now);
                }
            }
        } else if (path.endsWith("/message/push")) {
            pushes.incrementAndGet();
        }
    }

    /**
     * Stand-in for the conversation: answers every event at once (no engine work), as LineChannelIT's echo does.
     * Registered by hand (not annotated), so component scanning never picks it up.
     */
    static class Echo {
        private final Outbox outbox;

        Echo(Outbox outbox) {
            this.outbox = outbox;
        }

        @EventListener
        void on(IncomingEvent event) {
            if (event.kind() != IncomingEvent.Kind.UNFOLLOW) {
                outbox.reply(event, List.of(new OutgoingMessage.Text("echo " + event.kind())));
            }
        }
    }

    // ---------------------------------------------------------------- measuring

    private void report(Load.Result result, int from, int to, long start, long sendEnd, long cpuNanos, long peakHeap,
                        long replyRequests, long pushRequests) {
        int n = to - from;
        double sendSeconds = (sendEnd - start) / 1e9;
        long[] webhook = result.latenciesNanos().clone();
        Arrays.sort(webhook);
        long answered = 0;
        long lastAnswer = start;
        long[] answerLatency = new long[n];
        for (int i = from; i < to; i++) {
            long at = answeredAt.get(i);
            if (at != 0) {
                answerLatency[(int) answered++] = at - sentAt[i];
                lastAnswer = Math.max(lastAnswer, at);
            }
        }
        long[] answers = Arrays.copyOf(answerLatency, (int) answered);
        Arrays.sort(answers);
        double answerSeconds = (lastAnswer - start) / 1e9;
        Runtime rt = Runtime.getRuntime();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%n==== WebhookBenchmark (%s engine, %d users, target %d events/s, %d s) ====%n",
                engine, users, rate, seconds));
        sb.append(String.format(Locale.ROOT, "webhooks accepted : %d of %d (%d refused)  %.0f events/s%n",
                result.accepted(), n, result.refused(), result.accepted() / sendSeconds));
        sb.append(String.format(Locale.ROOT, "webhook latency   : p50 %.1f ms  p99 %.1f ms  max %.1f ms  (generator lag max %.1f ms)%n",
                pct(webhook, 50), pct(webhook, 99), webhook[webhook.length - 1] / 1e6, result.lagNanos() / 1e6));
        sb.append(String.format(Locale.ROOT, "answered by reply : %d of %d  %.0f events/s end to end (%d reply, %d push requests)%n",
                answered, n, answered / answerSeconds, replyRequests, pushRequests));
        if (answers.length > 0) {
            sb.append(String.format(Locale.ROOT, "answer latency    : p50 %.1f ms  p99 %.1f ms  max %.1f ms%n",
                    pct(answers, 50), pct(answers, 99), answers[answers.length - 1] / 1e6));
        }
        sb.append(String.format(Locale.ROOT, "peak heap used    : %d MiB (max heap %d MiB)%n", peakHeap >> 20, rt.maxMemory() >> 20));
        sb.append(String.format(Locale.ROOT, "CPU (whole JVM)   : %.2f cores of %d, %.2f ms per event (bot, load generator and stand-in)%n",
                cpuNanos / 1e9 / answerSeconds, rt.availableProcessors(), cpuNanos / 1e6 / n));
        sb.append(String.format(Locale.ROOT, "heap pools peak   : %d MiB (GC pools' peak usage, summed)%n", poolPeaks() >> 20));
        System.out.print(sb);
    }

    private static double pct(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long poolPeaks() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Samples the heap in use every 20 ms (just before a collection is where the peak is). */
    private static final class HeapWatch {
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        HeapWatch() {
            thread = new Thread(() -> {
                var memory = ManagementFactory.getMemoryMXBean();
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    LockSupport.parkNanos(20_000_000);
                }
            }, "heap-watch");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        long peakBytes() {
            return peak.get();
        }
    }
}
