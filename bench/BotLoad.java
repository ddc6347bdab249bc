import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The project's load benchmark (JDK 17, this one file, no dependencies; written for this repository). It plays
 * LINE on both sides of the bot: a stand-in Messaging API (reply, push, loading, profile) and signed webhooks from
 * families who follow the scripts of a mix file ({@code bench/mix.txt}: FAQ questions in varied words, menu taps,
 * municipality answers, hand-over steps, emergencies). A family sends its next event when the bot has answered the
 * last one, tapping the buttons of that answer by label (postback data read from the reply), so the conversation
 * engine walks its real paths.
 *
 * <p>It starts the packaged bot itself ({@code --jar}), once per engine ({@code echo}: the router answers every event
 * at once, the reference; {@code real}: the conversation engine), with a fresh database, and measures for each: the
 * time to the "Started" line and to health UP, then a warm-up, a closed loop (N families at a time, each waiting
 * for its answer) and open loops at fixed rates (events scheduled at the rate whatever the bot does; latencies count
 * from the scheduled time). For each phase it prints events/s accepted (webhook 200), webhook p50/p99, events/s
 * answered (answers reaching the stand-in in the window), answer p50/p99 (webhook sent -> answer), the bot's CPU per
 * answered event, its RSS and its GC (jstat), and events/s delivered (every answer in the window, also those to
 * families who had given up: a backlog's catch-up). With {@code --target} it drives a bot that is already running instead.
 * Run it through {@code bench/run.sh} (see docs/benchmark.md).
 */
public class BotLoad {

    /** Part of the bot's late notice (messages/line.properties, line.late-notice): not an answer, one follows by push. */
    static final String LATE_NOTICE = "お返事まで少し時間がかかっています";

    static final String USAGE = """
        usage: java bench/BotLoad.java [options]
          --jar PATH           the packaged bot to start (one process per engine); or
          --fat-jar PATH       also time the start of this jar as java -jar runs it (no load: startup only)
          --target URL         a running bot's webhook URL (it must use this tool's stand-in: see --line-port)
          --engines LIST       echo,real (default): the echo engine is the reference for the ratio
          --mix FILE           the mix of family scripts (default bench/mix.txt)
          --quick              short phases (about 2 minutes in all); default about 5 minutes
          --warmup S           warm-up seconds per engine (closed loop, not measured)
          --closed S           closed-loop seconds measured
          --open S             seconds measured per open-loop rate
          --rates LIST         open-loop rates, events/s (default 500,1000)
          --concurrency N      closed loop: families waiting for an answer at a time (default 64)
          --families N         families (distinct LINE users) taking turns (default 1000)
          --senders N          open loop: webhook sender threads (default 64)
          --answer-timeout S   a family gives up waiting for an answer after S s (default 10)
          --drain S            after a phase, wait up to S s for outstanding answers (default 20, quick 10)
          --bot-opts "OPTS"    JVM options of the bot (default "@jvm.options": the Dockerfile's)
          --bot-args "ARGS"    extra application arguments (e.g. --app.line.dispatch-threads=8)
          --work DIR           databases and logs (default target/bench)
          --line-port N        stand-in port (default: a free port)
          --bot-pid PID        with --target: the bot's process id for CPU, RSS and GC
          --seed N             random seed of the mix (default 1)
        """;

    // ------------------------------------------------------------------------------------------------ options
    Path jar, fatJar;
    String target;
    List<String> engines = List.of("echo", "real");
    Path mixFile = Path.of("bench", "mix.txt");
    boolean quick;
    Double warmup, closed, open;
    List<Double> rates = List.of(500.0, 1000.0);
    int concurrency = 64, familyCount = 1000, senders = 64, linePort;
    double answerTimeout = 10;
    Double drain;
    /** The Dockerfile's JVM options (jvm.options, one per line; the tool runs from the project's root). */
    static final String DOCKERFILE_OPTS = "@jvm.options";
    String botOpts = DOCKERFILE_OPTS, botArgs = "";
    Path work = Path.of("target", "bench");
    long botPid;
    long seed = 1;
    final String secret = "bench-secret", token = "bench-token";

    // ------------------------------------------------------------------------------------------------ state
    Mix mix;
    HttpServer standIn;
    HttpClient http;
    URI webhook;
    final String run = String.format("%06x", ThreadLocalRandom.current().nextInt(1 << 24));
    final AtomicInteger generation = new AtomicInteger();
    final Map<String, Ev> byToken = new ConcurrentHashMap<>();
    final Map<String, Family> byUser = new ConcurrentHashMap<>();
    final LinkedBlockingQueue<Family> idle = new LinkedBlockingQueue<>();
    final List<Family> families = new ArrayList<>();
    final AtomicLong answers = new AtomicLong(), eventSeq = new AtomicLong();
    final LongAdder replies = new LongAdder(), pushes = new LongAdder(), badTokens = new LongAdder(),
            unmatched = new LongAdder(), late = new LongAdder(), notices = new LongAdder(), tapMisses = new LongAdder(), unauthorized = new LongAdder();
    final Map<String, LongAdder> stepKinds = new ConcurrentHashMap<>();
    final Map<String, LongAdder> missedLabels = new ConcurrentHashMap<>();
    volatile Phase phase;
    volatile boolean openLoop;
    final List<String> report = new ArrayList<>();
    final Map<String, Double> closedAnswered = new LinkedHashMap<>();
    final Map<String, Double> closedCpuPerEvent = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        BotLoad b = new BotLoad();
        b.parse(args);
        System.exit(b.run());
    }

    void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                System.out.print(USAGE);
                System.exit(0);
            }
            if (a.equals("--quick")) {
                quick = true;
                continue;
            }
            if (i + 1 >= args.length) {
                die("missing value for " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--jar" -> jar = Path.of(v);
                case "--fat-jar" -> fatJar = Path.of(v);
                case "--target" -> target = v;
                case "--engines" -> engines = List.of(v.split(","));
                case "--mix" -> mixFile = Path.of(v);
                case "--warmup" -> warmup = Double.parseDouble(v);
                case "--closed" -> closed = Double.parseDouble(v);
                case "--open" -> open = Double.parseDouble(v);
                case "--rates" -> rates = v.isBlank() ? List.of()
                        : Arrays.stream(v.split(",")).map(Double::parseDouble).toList();
                case "--concurrency" -> concurrency = Integer.parseInt(v);
                case "--families" -> familyCount = Integer.parseInt(v);
                case "--senders" -> senders = Integer.parseInt(v);
                case "--answer-timeout" -> answerTimeout = Double.parseDouble(v);
                case "--drain" -> drain = Double.parseDouble(v);
                case "--bot-opts" -> botOpts = v;
                case "--bot-args" -> botArgs = v;
                case "--work" -> work = Path.of(v);
                case "--line-port" -> linePort = Integer.parseInt(v);
                case "--bot-pid" -> botPid = Long.parseLong(v);
                case "--seed" -> seed = Long.parseLong(v);
                default -> die("unknown option " + a + "\n" + USAGE);
            }
        }
        if ((jar == null) == (target == null)) {
            die("give --jar (start the bot) or --target (a running bot)\n" + USAGE);
        }
        if (warmup == null) {
            warmup = quick ? 20.0 : 45.0;
        }
        if (closed == null) {
            closed = quick ? 12.0 : 30.0;
        }
        if (open == null) {
            open = quick ? 10.0 : 20.0;
        }
        if (drain == null) {
            drain = quick ? 10.0 : 20.0;
        }
        if (quick && rates.size() > 1) {
            rates = rates.subList(rates.size() - 1, rates.size());
        }
    }

    static void die(String message) {
        System.err.println(message);
        System.exit(2);
    }

    int run() throws Exception {
        mix = Mix.read(mixFile, seed);
        Files.createDirectories(work);
        standIn = HttpServer.create(new InetSocketAddress("127.0.0.1", linePort), 512);
        standIn.createContext("/", this::lineApi);
        standIn.setExecutor(Executors.newFixedThreadPool(8, daemon("stand-in")));
        standIn.start();
        int port = standIn.getAddress().getPort();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4, daemon("http"))).build();
        System.out.printf(Locale.ROOT, "BotLoad: mix %s (%d scripts), %d families, stand-in LINE API at "
                        + "http://127.0.0.1:%d, %s phases%n", mixFile, mix.scripts.size(), familyCount, port,
                quick ? "quick" : "default");
        System.out.printf(Locale.ROOT, "machine: %d cores, load average %.1f at the start; %s%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), javaVersion());
        if (target != null) {
            webhook = URI.create(target);
            measureEngine("running bot", botPid, null);
        } else {
            if (fatJar != null) {
                Bot fat = startBot("real", fatJar, DOCKERFILE_OPTS, port, "fat jar");
                fat.stop();
            }
            for (String engine : engines) {
                Bot bot = startBot(engine.trim(), jar, botOpts, port, engine.trim());
                try {
                    measureEngine(engine.trim(), bot.process.pid(), bot.process);
                } finally {
                    bot.stop();
                }
            }
        }
        printSummary();
        standIn.stop(0);
        return 0;
    }

    // ------------------------------------------------------------------------------------------------ the bot

    /** A bot process started by this tool. */
    record Bot(Process process) {
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Starts the jar with a fresh database, waits for health UP and reports how long the start took. */
    Bot startBot(String engine, Path jarPath, String opts, int standInPort, String label) throws Exception {
        int botPort;
        try (ServerSocket s = new ServerSocket(0)) {
            botPort = s.getLocalPort();
        }
        String name = label.replace(' ', '-');
        Path data = work.resolve("data-" + name + "-" + run).toAbsolutePath();
        Path log = work.resolve("bot-" + name + "-" + run + ".log").toAbsolutePath();
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String o : opts.trim().split("\\s+")) {
            if (!o.isEmpty()) {
                cmd.add(o);
            }
        }
        int jarAt = cmd.size();
        cmd.addAll(List.of("-jar", jarPath.toAbsolutePath().toString(), "--logging.level.root=WARN",
                "--logging.level.jp.tokyo.mcc.CareBotApplication=INFO"));
        if (engine.equals("echo")) {
            cmd.add("--app.router.engine=echo");
        } else if (!engine.equals("real")) {
            die("unknown engine " + engine);
        }
        for (String a : botArgs.trim().split("\\s+")) {
            if (!a.isEmpty()) {
                cmd.add(a);
            }
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("SERVER_PORT", String.valueOf(botPort));
        env.put("APP_DATA_DIR", data.toString());
        env.putIfAbsent("APP_FLOWS_DIR", Path.of("flows").toAbsolutePath().toString());
        env.put("LINE_CHANNEL_SECRET", secret);
        env.put("LINE_CHANNEL_TOKEN", token);
        env.put("LINE_API_ENDPOINT", "http://127.0.0.1:" + standInPort);
        System.out.printf(Locale.ROOT, "%n==== %s: %s -jar %s (log %s)%n", label, String.join(" ",
                cmd.subList(1, jarAt)), jarPath, log);
        long t0 = System.nanoTime();
        Process bot = pb.start();
        double[] startedAt = {-1};
        double[] startedCpu = {-1};
        String[] startedLine = {""};
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(bot.getInputStream(),
                    StandardCharsets.UTF_8)); PrintWriter out = new PrintWriter(Files.newBufferedWriter(log))) {
                for (String line; (line = in.readLine()) != null; ) {
                    out.println(line);
                    out.flush();
                    if (startedAt[0] < 0 && line.contains("Started ")) {
                        startedAt[0] = (System.nanoTime() - t0) / 1e9;
                        startedCpu[0] = botCpuTicks(bot.pid()) / 100.0;
                        startedLine[0] = line.substring(line.indexOf("Started "));
                    }
                }
            } catch (IOException e) {
                // the bot's output ended
            }
        }, "bot-log");
        reader.setDaemon(true);
        reader.start();
        webhook = URI.create("http://127.0.0.1:" + botPort + "/callback");
        double up = waitHealthUp(botPort, bot, t0, 300);
        if (up < 0) {
            bot.destroy();
            die("the " + label + " bot did not report health UP within 300 s; see " + log);
        }
        String startup = String.format(Locale.ROOT, "\"Started\" after %.1f s (%.1f s of CPU), health UP after %.1f s "
                + "(%s)", startedAt[0], startedCpu[0], up, startedLine[0].trim());
        System.out.println("startup: " + startup);
        report.add(String.format(Locale.ROOT, "%-8s startup: %s", label, startup));
        return new Bot(bot);
    }

    double waitHealthUp(int port, Process bot, long t0, int seconds) throws InterruptedException {
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() - t0 < seconds * 1_000_000_000L) {
            if (!bot.isAlive()) {
                return -1;
            }
            try {
                HttpResponse<String> r = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    return (System.nanoTime() - t0) / 1e9;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        return -1;
    }

    // ------------------------------------------------------------------------------------------------ phases

    void measureEngine(String engine, long pid, Process bot) throws Exception {
        families.clear();
        idle.clear();
        byToken.clear();
        byUser.clear();
        for (int i = 0; i < familyCount; i++) {
            Family f = new Family(i);
            families.add(f);
            idle.add(f);
        }
        runPhase(engine, "warm-up", 0, warmup, pid, false);
        Result c = runPhase(engine, "closed " + concurrency, 0, closed, pid, true);
        closedAnswered.put(engine, c.answeredPerSecond);
        closedCpuPerEvent.put(engine, c.cpuPerEvent);
        for (double rate : rates) {
            runPhase(engine, String.format(Locale.ROOT, "open %.0f/s", rate), rate, open, pid, true);
        }
        if (bot != null && !bot.isAlive()) {
            report.add(engine + ": THE BOT DIED during the run");
        }
    }

    /** One phase: closed loop ({@code rate} 0) or open loop, then drained. */
    Result runPhase(String engine, String name, double rate, double seconds, long pid, boolean measured)
            throws Exception {
        Phase p = new Phase(name);
        phase = p;
        openLoop = rate > 0;
        Gc gc0 = Gc.of(pid);
        long cpu0 = botCpuTicks(pid), tool0 = toolCpuNanos();
        long start = System.nanoTime();
        p.start = start;
        p.end = start + (long) (seconds * 1e9);
        long answers0 = answers.get(), misses0 = tapMisses.sum(), delivered0 = replies.sum() + pushes.sum();
        if (rate > 0) {
            openLoop(p, rate);
        } else {
            closedLoop(p);
        }
        long answers1 = answers.get(), delivered1 = replies.sum() + pushes.sum();
        long cpu1 = botCpuTicks(pid), tool1 = toolCpuNanos();
        Gc gc1 = Gc.of(pid);
        long rss = rssKb(pid, "VmRSS:"), hwm = rssKb(pid, "VmHWM:");
        double window = (System.nanoTime() - start) / 1e9;
        drain(p);
        Result r = p.result(rate > 0 ? seconds : window, window, answers1 - answers0);
        double cpuSeconds = (cpu1 - cpu0) / 100.0;
        r.cpuPerEvent = r.answeredInWindow == 0 ? 0 : 1000 * cpuSeconds / r.answeredInWindow;
        // every answer the stand-in took in the window, also those to families who had given up (a backlog's catch-up)
        double deliveredPerSecond = (delivered1 - delivered0) / window;
        String line = String.format(Locale.ROOT,
                "%-5s %-12s accepted %6.0f/s  webhook p50 %7.1f ms p99 %7.1f ms  answered %6.0f/s  answer p50 %7.1f ms "
                        + "p99 %8.1f ms  unanswered %d%s  bot CPU %.2f cores, %.2f ms/event  RSS %d MB (peak %d)  %s  "
                        + "load tool %.2f cores  delivered %.0f/s",
                engine, name, r.acceptedPerSecond, r.webhookP50, r.webhookP99, r.answeredPerSecond, r.answerP50,
                r.answerP99, r.unanswered, p.extraFamilies.sum() == 0 ? ""
                        : " (" + p.extraFamilies.sum() + " more families: all were waiting)"
                        + (r.statuses.keySet().equals(java.util.Set.of(200)) ? "" : " webhook statuses " + r.statuses)
                        + (tapMisses.sum() - misses0 == 0 ? "" : " taps not offered " + (tapMisses.sum() - misses0)),
                cpuSeconds / window,
                r.cpuPerEvent, rss / 1024, hwm / 1024,
                Gc.describe(gc0, gc1, window), (tool1 - tool0) / 1e9 / window, deliveredPerSecond);
        System.out.println(line);
        if (measured) {
            report.add(line);
        }
        return r;
    }

    void closedLoop(Phase p) throws InterruptedException {
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < p.end) {
                    Family f;
                    try {
                        f = idle.poll(100, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (f == null) {
                        continue;
                    }
                    Ev ev = f.next(p, System.nanoTime(), Thread.currentThread());
                    send(ev);
                    long deadline = ev.sched + (long) (answerTimeout * 1e9);
                    while (ev.answered == 0 && System.nanoTime() < deadline) {
                        LockSupport.parkNanos(ev, 50_000_000L);
                    }
                    if (ev.answered == 0) {
                        f.giveUp(ev);
                        idle.add(f);
                    }
                }
            }, "closed-" + i);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            t.join();
        }
    }

    void openLoop(Phase p, double rate) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(senders, daemon("sender"));
        long interval = (long) (1e9 / rate);
        long due = p.start;
        while (due < p.end) {
            long now = System.nanoTime();
            if (due > now) {
                LockSupport.parkNanos(due - now);
            }
            Family f = idle.poll();
            if (f == null) {
                f = new Family(-1); // every family is waiting for an answer: another one writes
                synchronized (families) {
                    families.add(f);
                }
                p.extraFamilies.increment();
            }
            Ev ev = f.next(p, due, null);
            pool.execute(() -> send(ev));
            due += interval;
        }
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);
    }

    /** Waits for the phase's outstanding answers; families still waiting then give up. */
    void drain(Phase p) throws InterruptedException {
        long until = System.nanoTime() + (long) (drain * 1e9);
        while (p.outstanding() > 0 && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        List<Family> all;
        synchronized (families) {
            all = new ArrayList<>(families);
        }
        for (Family f : all) {
            Ev ev = f.pending;
            if (ev != null && ev.answered == 0) {
                f.giveUp(ev);
                idle.add(f);
            }
        }
    }

    void send(Ev ev) {
        ev.start = System.nanoTime();
        byte[] body = ev.body.getBytes(StandardCharsets.UTF_8);
        // the tool's own collections would show as the bot's webhook latency: keep the heap small
        ev.body = null;
        HttpRequest req = HttpRequest.newBuilder(webhook).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-Line-Signature", sign(body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<Void> r = http.send(req, HttpResponse.BodyHandlers.discarding());
            ev.status = r.statusCode();
        } catch (IOException e) {
            ev.status = -1;
        } catch (InterruptedException e) {
            ev.status = -2;
            Thread.currentThread().interrupt();
        }
        ev.done = System.nanoTime();
    }

    final ThreadLocal<Mac> macs = ThreadLocal.withInitial(() -> {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    });

    String sign(byte[] body) {
        return Base64.getEncoder().encodeToString(macs.get().doFinal(body));
    }

    // ------------------------------------------------------------------------------------------------ stand-in

    void lineApi(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        byte[] in = x.getRequestBody().readAllBytes();
        String auth = x.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.equals("Bearer " + token)) {
            unauthorized.increment();
            respond(x, 401, "{\"message\":\"Authentication failed\"}");
            return;
        }
        long now = System.nanoTime();
        if (path.endsWith("/v2/bot/message/reply")) {
            Object body = Json.parse(new String(in, StandardCharsets.UTF_8));
            String replyToken = String.valueOf(Json.get(body, "replyToken"));
            Ev ev = byToken.remove(replyToken);
            if (ev == null) {
                badTokens.increment();
                respond(x, 400, "{\"message\":\"Invalid reply token\"}");
                return;
            }
            if (String.valueOf(Json.get(body, "messages")).contains(LATE_NOTICE)) {
                // the bot's notice that the answer is late (processing far behind): the answer follows by push
                notices.increment();
                respond(x, 200, "{\"sentMessages\":[]}");
                return;
            }
            replies.increment();
            if (!ev.family.answered(ev, Json.get(body, "messages"), now)) {
                late.increment();
            }
            respond(x, 200, "{\"sentMessages\":[]}");
        } else if (path.endsWith("/v2/bot/message/push")) {
            Object body = Json.parse(new String(in, StandardCharsets.UTF_8));
            Family f = byUser.get(String.valueOf(Json.get(body, "to")));
            pushes.increment();
            if (f == null || !f.answered(f.pending, Json.get(body, "messages"), now)) {
                unmatched.increment();
            }
            respond(x, 200, "{\"sentMessages\":[]}");
        } else if (path.contains("/v2/bot/profile/")) {
            respond(x, 200, "{\"displayName\":\"bench\",\"userId\":\"" + path.substring(path.lastIndexOf('/') + 1)
                    + "\",\"language\":\"ja\"}");
        } else if (path.contains("/chat/loading/start")) {
            respond(x, 202, "{}");
        } else {
            respond(x, 200, "{}");
        }
    }

    static void respond(HttpExchange x, int status, String body) throws IOException {
        byte[] out = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(status, out.length);
        x.getResponseBody().write(out);
        x.close();
    }

    // ------------------------------------------------------------------------------------------------ families

    /** One event sent and what became of it (nanoTime stamps). */
    static final class Ev {
        final Phase phase;
        final Family family;
        final long sched;
        /** The webhook's body until it is sent (then dropped: a phase keeps its events, not their bodies). */
        String body;
        final Thread waiter;
        volatile long start, done, answered;
        volatile int status;
        volatile boolean gaveUp;

        Ev(Phase phase, Family family, long sched, String body, Thread waiter) {
            this.phase = phase;
            this.family = family;
            this.sched = sched;
            this.body = body;
            this.waiter = waiter;
        }
    }

    /** A family: a LINE user playing one script of the mix after another, one event at a time. */
    final class Family {
        String userId;
        Mix.Script script;
        int step;
        Map<String, String[]> offers = Map.of(); // label -> {kind, data-or-text}
        volatile Ev pending;

        Family(int slot) {
            renew();
        }

        private void renew() {
            if (userId != null) {
                byUser.remove(userId);
            }
            userId = String.format("U%s%026x", run, generation.incrementAndGet());
            byUser.put(userId, this);
            script = mix.pick();
            step = 0;
            offers = Map.of();
        }

        /** The family's next event, registered as pending. */
        Ev next(Phase p, long sched, Thread waiter) {
            Mix.Step s = script.steps.get(step);
            long seq = eventSeq.incrementAndGet();
            String replyToken = Long.toHexString(seq) + run + Long.toHexString(ThreadLocalRandom.current().nextLong());
            long ts = System.currentTimeMillis();
            String event = switch (s.kind) {
                case "follow" -> event("follow", replyToken, ts, seq) + ",\"follow\":{\"isUnblocked\":false}}";
                case "sticker" -> event("message", replyToken, ts, seq) + ",\"message\":{\"type\":\"sticker\",\"id\":\""
                        + seq + "\",\"quoteToken\":\"q" + replyToken + "\",\"packageId\":\"446\","
                        + "\"stickerId\":\"1988\",\"stickerResourceType\":\"STATIC\"}}";
                case "say" -> text(replyToken, ts, seq, mix.choose(s.argument));
                case "tap" -> tap(replyToken, ts, seq, s.argument);
                default -> throw new IllegalStateException(s.kind);
            };
            stepKinds.computeIfAbsent(s.kind, k -> new LongAdder()).increment();
            Ev ev = new Ev(p, this, sched, "{\"destination\":\"Ubench\",\"events\":[" + event + "]}", waiter);
            pending = ev;
            byToken.put(replyToken, ev);
            p.sent(ev);
            return ev;
        }

        private String event(String type, String replyToken, long ts, long seq) {
            return "{\"type\":\"" + type + "\",\"replyToken\":\"" + replyToken + "\",\"mode\":\"active\",\"timestamp\":"
                    + ts + ",\"source\":{\"type\":\"user\",\"userId\":\"" + userId + "\"},\"webhookEventId\":\"01B"
                    + run + Long.toString(seq, 36).toUpperCase(Locale.ROOT)
                    + "\",\"deliveryContext\":{\"isRedelivery\":false}";
        }

        private String text(String replyToken, long ts, long seq, String text) {
            return event("message", replyToken, ts, seq) + ",\"message\":{\"type\":\"text\",\"id\":\"" + seq
                    + "\",\"quoteToken\":\"q" + replyToken + "\",\"text\":\"" + Json.escape(text) + "\"}}";
        }

        /** Taps the offered button with one of the labels ({@code #1}: the first offered); else writes the label. */
        private String tap(String replyToken, long ts, long seq, String labels) {
            List<String> wanted = new ArrayList<>(labels.startsWith("@") ? mix.lists.get(labels.substring(1))
                    : List.of(labels.split("\\|")));
            java.util.Collections.shuffle(wanted, ThreadLocalRandom.current());
            if (wanted.remove("#1")) {
                wanted.add("#1"); // the first button only when none of the labels is offered
            }
            for (String label : wanted) {
                String[] action = label.equals("#1") ? offers.values().stream().findFirst().orElse(null)
                        : offers.get(label);
                if (action != null && action[0].equals("postback")) {
                    return event("postback", replyToken, ts, seq) + ",\"postback\":{\"data\":\"" + Json.escape(action[1])
                            + "\"}}";
                }
                if (action != null) {
                    return text(replyToken, ts, seq, action[1]);
                }
            }
            tapMisses.increment();
            missedLabels.computeIfAbsent(script.name + ":" + labels, k -> new LongAdder()).increment();
            return text(replyToken, ts, seq, wanted.get(0).equals("#1") ? "メニュー" : wanted.get(0));
        }

        /** The bot's answer to the event (false: it is not the one pending, e.g. given up). */
        synchronized boolean answered(Ev ev, Object messages, long now) {
            if (ev == null || ev != pending || ev.answered != 0) {
                return false;
            }
            Map<String, String[]> found = new LinkedHashMap<>();
            Json.actions(messages, found);
            offers = found;
            ev.answered = now;
            answers.incrementAndGet();
            pending = null;
            advance();
            if (ev.waiter != null) {
                LockSupport.unpark(ev.waiter);
            }
            idle.add(this);
            return true;
        }

        synchronized void giveUp(Ev ev) {
            if (pending == ev) {
                pending = null;
                ev.gaveUp = true;
                ev.phase.gaveUp.increment();
                advance();
            }
        }

        private void advance() {
            step++;
            if (step >= script.steps.size()) {
                if (script.retire) {
                    renew();
                } else {
                    script = mix.pick();
                    step = 0;
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ figures

    static final class Phase {
        final String name;
        long start, end;
        final ConcurrentLinkedQueue<Ev> events = new ConcurrentLinkedQueue<>();
        final LongAdder gaveUp = new LongAdder(), extraFamilies = new LongAdder();

        Phase(String name) {
            this.name = name;
        }

        void sent(Ev ev) {
            events.add(ev);
        }

        long outstanding() {
            return events.stream().filter(e -> e.answered == 0 && !e.gaveUp).count();
        }

        Result result(double sendWindow, double window, long answeredInWindow) {
            List<Ev> measured = events.stream().filter(e -> e.sched >= start && e.sched < end).toList();
            // answered 200 within the window: a webhook that takes seconds to say 200 is not intake keeping up
            long accepted = measured.stream().filter(e -> e.status == 200 && e.done <= end).count();
            long[] webhook = measured.stream().filter(e -> e.done > 0).mapToLong(e -> e.done - e.sched).sorted()
                    .toArray();
            long[] answer = measured.stream().filter(e -> e.answered > 0).mapToLong(e -> e.answered - e.sched)
                    .sorted().toArray();
            long unanswered = measured.stream().filter(e -> e.answered == 0).count();
            Map<Integer, Long> statuses = new java.util.TreeMap<>();
            measured.forEach(e -> statuses.merge(e.status, 1L, Long::sum));
            if (System.getenv("BOTLOAD_TIMELINE") != null) {
                timeline(measured);
            }
            Result r = new Result();
            r.acceptedPerSecond = accepted / sendWindow;
            r.webhookP50 = pct(webhook, 0.50);
            r.webhookP99 = pct(webhook, 0.99);
            r.answeredInWindow = answeredInWindow;
            r.answeredPerSecond = answeredInWindow / window;
            r.answerP50 = pct(answer, 0.50);
            r.answerP99 = unanswered * 100 > measured.size() ? Double.POSITIVE_INFINITY : pct(answer, 0.99);
            r.unanswered = unanswered;
            r.statuses = statuses;
            return r;
        }

        /** Diagnosis (BOTLOAD_TIMELINE set): the webhook's p50/p99/max per second of the phase, on stderr. */
        void timeline(List<Ev> measured) {
            Map<Long, List<Long>> bySecond = new java.util.TreeMap<>();
            measured.stream().filter(e -> e.done > 0).forEach(e -> bySecond
                    .computeIfAbsent((e.sched - start) / 1_000_000_000L, k -> new ArrayList<>()).add(e.done - e.sched));
            bySecond.forEach((second, list) -> {
                long[] sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
                System.err.printf(Locale.ROOT, "timeline %s s%3d: %5d sent, webhook p50 %6.1f p99 %6.1f max %6.1f ms%n",
                        name, second, sorted.length, pct(sorted, 0.5), pct(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
            });
        }

        static double pct(long[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
        }
    }

    static final class Result {
        double acceptedPerSecond, webhookP50, webhookP99, answeredPerSecond, answerP50, answerP99, cpuPerEvent;
        long answeredInWindow, unanswered;
        Map<Integer, Long> statuses;
    }

    void printSummary() {
        System.out.printf(Locale.ROOT, "%n==== BotLoad summary (run %s, %s phases: warm-up %.0f s, closed loop %.0f s "
                        + "with %d families at a time, open loops %.0f s each; %d families; mix %s)%n", run,
                quick ? "quick" : "default", warmup, closed, concurrency, open, familyCount, mixFile);
        report.forEach(System.out::println);
        Double echo = closedAnswered.get("echo"), real = closedAnswered.get("real");
        if (echo != null && real != null && echo > 0) {
            System.out.printf(Locale.ROOT, "real/echo (closed loop, answered/s): %.0f / %.0f = %.2fx%n", real, echo,
                    real / echo);
            double echoCpu = closedCpuPerEvent.get("echo"), realCpu = closedCpuPerEvent.get("real");
            if (realCpu > 0) {
                System.out.printf(Locale.ROOT, "real/echo (closed loop, by CPU per event: what each would answer on "
                        + "the same CPU): %.2f / %.2f ms = %.2fx%n", realCpu, echoCpu, echoCpu / realCpu);
            }
        }
        System.out.printf(Locale.ROOT, "stand-in: %d replies (%d after the family gave up), %d late notices, %d pushes, %d unknown reply "
                        + "tokens, %d pushes to nobody waiting, %d unauthorized; taps not offered (sent as text): %d; "
                        + "events by step: %s%n",
                replies.sum(), late.sum(), notices.sum(), pushes.sum(), badTokens.sum(), unmatched.sum(), unauthorized.sum(),
                tapMisses.sum(),
                stepKinds);
        if (!missedLabels.isEmpty()) {
            System.out.println("taps not offered, by script and label (the echo engine offers no buttons): "
                    + missedLabels.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(),
                    a.getValue().sum())).limit(8).map(e -> e.getKey() + "=" + e.getValue().sum()).toList());
        }
        System.out.printf(Locale.ROOT, "machine load average at the end %.1f (other processes share these cores: "
                + "compare runs made back to back)%n", ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    }

    static long botCpuTicks(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static long rssKb(long pid, String field) {
        if (pid <= 0) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return 0;
    }

    static long toolCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static String javaVersion() {
        return "Java " + System.getProperty("java.version") + " " + ManagementFactory.getRuntimeMXBean()
                .getInputArguments();
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The bot's garbage collections from {@code jstat -gc} (counts and seconds). */
    record Gc(double young, double youngSeconds, double full, double fullSeconds, double concurrentSeconds,
              double oldUsedKb, double oldCapacityKb) {

        static Gc of(long pid) {
            if (pid <= 0) {
                return null;
            }
            try {
                Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(),
                        "-gc", String.valueOf(pid)).redirectErrorStream(true).start();
                List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                        .toList();
                p.waitFor(10, TimeUnit.SECONDS);
                String[] head = lines.get(0).trim().split("\\s+");
                String[] vals = lines.get(1).trim().split("\\s+");
                Map<String, Double> m = new HashMap<>();
                for (int i = 0; i < head.length && i < vals.length; i++) {
                    try {
                        m.put(head[i], Double.parseDouble(vals[i]));
                    } catch (NumberFormatException e) {
                        m.put(head[i], 0.0);
                    }
                }
                return new Gc(m.getOrDefault("YGC", 0.0), m.getOrDefault("YGCT", 0.0), m.getOrDefault("FGC", 0.0),
                        m.getOrDefault("FGCT", 0.0), m.getOrDefault("CGCT", 0.0), m.getOrDefault("OU", 0.0),
                        m.getOrDefault("OC", 0.0));
            } catch (IOException | RuntimeException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        static String describe(Gc a, Gc b, double window) {
            if (a == null || b == null) {
                return "GC n/a";
            }
            double pause = (b.youngSeconds - a.youngSeconds) + (b.fullSeconds - a.fullSeconds);
            return String.format(Locale.ROOT, "GC %.0f young + %.0f full, %.2f s paused (%.1f %% of the time), "
                            + "old gen %.0f/%.0f MB", b.young - a.young, b.full - a.full, pause,
                    100 * pause / window, b.oldUsedKb / 1024, b.oldCapacityKb / 1024);
        }
    }

    // ------------------------------------------------------------------------------------------------ mix file

    /**
     * The mix: named lists of texts and weighted scripts. A script's steps: {@code follow}, {@code say TEXT},
     * {@code say @LIST} (one of the list at random), {@code tap LABEL|LABEL} (a button of the bot's last answer,
     * {@code #1} the first one when none of the labels is offered), {@code sticker}; {@code retire} after the header makes the family a new user once
     * the script ends (a family whose inquiry was sent talks to a counsellor from then on).
     */
    static final class Mix {
        record Step(String kind, String argument) {
        }

        static final class Script {
            final String name;
            final int weight;
            final boolean retire;
            final List<Step> steps = new ArrayList<>();

            Script(String name, int weight, boolean retire) {
                this.name = name;
                this.weight = weight;
                this.retire = retire;
            }
        }

        final Map<String, List<String>> lists = new HashMap<>();
        final List<Script> scripts = new ArrayList<>();
        final Random random;
        int totalWeight;

        Mix(long seed) {
            random = new Random(seed);
        }

        static Mix read(Path file, long seed) throws IOException {
            Mix mix = new Mix(seed);
            List<String> list = null;
            Script script = null;
            int n = 0;
            for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                n++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] w = line.split("\\s+", 2);
                if (!Character.isWhitespace(raw.charAt(0))) {
                    switch (w[0]) {
                        case "list" -> {
                            list = new ArrayList<>();
                            mix.lists.put(w[1].trim(), list);
                            script = null;
                        }
                        case "script" -> {
                            String[] h = w[1].trim().split("\\s+");
                            script = new Script(h[0], Integer.parseInt(h[1]), h.length > 2 && h[2].equals("retire"));
                            mix.scripts.add(script);
                            mix.totalWeight += script.weight;
                            list = null;
                        }
                        default -> throw new IllegalArgumentException(file + ":" + n + ": list or script expected");
                    }
                } else if (list != null) {
                    list.add(line);
                } else if (script != null) {
                    if (!List.of("follow", "say", "tap", "sticker").contains(w[0])) {
                        throw new IllegalArgumentException(file + ":" + n + ": unknown step " + w[0]);
                    }
                    script.steps.add(new Step(w[0], w.length > 1 ? w[1].trim() : ""));
                } else {
                    throw new IllegalArgumentException(file + ":" + n + ": indented line outside a list or script");
                }
            }
            for (Script s : mix.scripts) {
                for (Step st : s.steps) {
                    if (st.argument.startsWith("@") && !mix.lists.containsKey(st.argument.substring(1))) {
                        throw new IllegalArgumentException(file + ": script " + s.name + " uses unknown list "
                                + st.argument);
                    }
                }
            }
            if (mix.scripts.isEmpty()) {
                throw new IllegalArgumentException(file + ": no script");
            }
            return mix;
        }

        synchronized Script pick() {
            int r = random.nextInt(totalWeight);
            for (Script s : scripts) {
                r -= s.weight;
                if (r < 0) {
                    return s;
                }
            }
            return scripts.get(0);
        }

        synchronized String choose(String argument) {
            if (argument.startsWith("@")) {
                List<String> l = lists.get(argument.substring(1));
                return l.get(random.nextInt(l.size()));
            }
            String[] alternatives = argument.split("\\|");
            return alternatives[random.nextInt(alternatives.length)];
        }
    }

    // ------------------------------------------------------------------------------------------------ JSON

    /** Just enough JSON: parse objects, arrays, strings, numbers, literals; escape strings. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json j = new Json(text);
            j.ws();
            return j.value();
        }

        static Object get(Object node, String key) {
            return node instanceof Map<?, ?> m ? m.get(key) : null;
        }

        /** The postback and message actions anywhere in the messages, by label (first one wins). */
        static void actions(Object node, Map<String, String[]> out) {
            if (node instanceof Map<?, ?> m) {
                Object type = m.get("type"), label = m.get("label");
                if (label instanceof String l && "postback".equals(type) && m.get("data") instanceof String d) {
                    out.putIfAbsent(l, new String[] {"postback", d});
                } else if (label instanceof String l && "message".equals(type) && m.get("text") instanceof String t) {
                    out.putIfAbsent(l, new String[] {"message", t});
                }
                for (Object v : m.values()) {
                    actions(v, out);
                }
            } else if (node instanceof List<?> l) {
                for (Object v : l) {
                    actions(v, out);
                }
            }
        }

        static String escape(String text) {
            StringBuilder b = new StringBuilder(text.length() + 8);
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            return b.toString();
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            char c = s.charAt(i);
            switch (c) {
                case '{' -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    i++;
                    ws();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        ws();
                        String k = string();
                        ws();
                        i++; // ':'
                        ws();
                        m.put(k, value());
                        ws();
                        if (s.charAt(i++) == '}') {
                            return m;
                        }
                    }
                }
                case '[' -> {
                    List<Object> l = new ArrayList<>();
                    i++;
                    ws();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        ws();
                        l.add(value());
                        ws();
                        if (s.charAt(i++) == ']') {
                            return l;
                        }
                    }
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    int st = i;
                    while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) {
                        i++;
                    }
                    return s.substring(st, i);
                }
            }
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++; // opening quote
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }
    }
}
