package jp.tokyo.mcc.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Signed webhooks at a steady rate from a number of families, one text event per webhook, each with its own text
 * ({@code <prefix><sequence>}) and reply token, so that every answer can be matched to its event. Records which events
 * the bot answered 200 ("accepted"): LINE never sends those again. Keeps going while the bot is down (those events
 * are refused, not accepted).
 */
public final class WebhookLoad implements AutoCloseable {

    /** An event the bot answered 200. */
    public record Accepted(long sequence, String userId, String webhookEventId, String text, boolean retried) {

        public Accepted(long sequence, String userId, String webhookEventId, String text) {
            this(sequence, userId, webhookEventId, text, false);
        }
    }

    private final int[] ports;
    private final String[] families;
    private final double rate;
    private final String prefix;
    private final StrictLineStandIn line;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicLong next = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final Map<Long, Accepted> accepted = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicLong> byPort = new ConcurrentHashMap<>();
    private final ExecutorService senders;
    private final int threads;
    private volatile boolean running;
    private long startNanos;

    /** {@code line}, when given, learns each reply token's family (for per-family order checks). */
    public WebhookLoad(int port, int families, double rate, String prefix, StrictLineStandIn line) {
        this(new int[] {port}, families, rate, prefix, line);
    }

    /**
     * Several bot processes behind one channel: the webhooks go to {@code ports} in turn (alternating delivery, as a
     * round-robin load balancer does), so a family's consecutive events reach different processes. A webhook a
     * process does not take (down, or killed in flight) goes to the next one, as a load balancer retries.
     */
    public WebhookLoad(int[] ports, int families, double rate, String prefix, StrictLineStandIn line) {
        this(ports, newFamilies(families), rate, prefix, line);
    }

    /** The same families again (a second phase of a test). */
    public WebhookLoad(int[] ports, String[] families, double rate, String prefix, StrictLineStandIn line) {
        this.ports = ports.clone();
        this.families = families.clone();
        this.rate = rate;
        this.prefix = prefix;
        this.line = line;
        this.threads = Math.max(4, Math.min(32, (int) Math.ceil(rate / 25)));
        this.senders = Executors.newFixedThreadPool(threads);
    }

    private static String[] newFamilies(int count) {
        String[] families = new String[count];
        for (int i = 0; i < count; i++) {
            families[i] = Webhooks.newUserId();
        }
        return families;
    }

    public void start() {
        running = true;
        startNanos = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            senders.execute(this::send);
        }
    }

    /** Stops sending and waits for the webhooks in flight. */
    public void stop() {
        running = false;
        senders.shutdown();
        try {
            senders.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void send() {
        while (running) {
            long seq = next.getAndIncrement();
            long due = startNanos + (long) (seq * 1e9 / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (!running) {
                return;
            }
            // the families write in turn, so each family's events are spread over time, in order
            String user = families[(int) (seq % families.length)];
            String token = "lt-" + seq + "-" + UUID.randomUUID();
            String eventId = UUID.randomUUID().toString().replace("-", "").substring(0, 26).toUpperCase();
            String text = prefix + seq;
            String event = Webhooks.event("message", "{\"type\":\"user\",\"userId\":\"" + user + "\"}", Webhooks.now(),
                    token, "\"message\":{\"id\":\"" + seq + "\",\"type\":\"text\",\"quoteToken\":\"q\",\"text\":\""
                            + text + "\"}", "active", false, eventId);
            if (line != null) {
                line.expectToken(token, user);
            }
            byte[] body = Webhooks.body(event).getBytes(StandardCharsets.UTF_8);
            boolean taken = false;
            boolean late = false; // a process may have had it before it failed (not a refused connection)
            for (int i = 0; i < ports.length && !taken && running; i++) {
                int port = ports[(int) ((seq + i) % ports.length)];
                try {
                    HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + port + "/callback"))
                            .timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json")
                            .header("X-Line-Signature", Webhooks.sign(body))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        // retried: a process failed it first (stopping, killed), so it reached LINE's bot later than
                        // the family's next events may have (as LINE's redelivery does)
                        accepted.put(seq, new Accepted(seq, user, eventId, text, late));
                        byPort.computeIfAbsent(port, p -> new AtomicLong()).incrementAndGet();
                        taken = true;
                    } else {
                        late = true;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (java.net.ConnectException down) {
                    // this process is down: it never saw the webhook
                } catch (Exception e) {
                    // killed or stopping while this webhook was in flight: not accepted by it
                    late = true;
                }
            }
            if (!taken) {
                refused.incrementAndGet(); // LINE would send it again later
            }
        }
    }

    /** Webhooks each port answered 200. */
    public Map<Integer, Long> acceptedByPort() {
        Map<Integer, Long> copy = new java.util.TreeMap<>();
        byPort.forEach((port, n) -> copy.put(port, n.get()));
        return copy;
    }

    public List<Accepted> accepted() {
        List<Accepted> list = new ArrayList<>(accepted.values());
        list.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
        return list;
    }

    public long refused() {
        return refused.get();
    }

    /** What each text starts with (the sequence number follows). */
    public String prefix() {
        return prefix;
    }

    public String[] families() {
        return families.clone();
    }

    @Override
    public void close() {
        if (running) {
            stop();
        }
    }
}
