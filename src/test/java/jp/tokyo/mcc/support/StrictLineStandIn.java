package jp.tokyo.mcc.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for LINE's Messaging API that keeps LINE's rules that matter for "answered exactly once": a reply token
 * is accepted once (a second use is refused with 400 "Invalid reply token", as LINE does), a push is executed once per
 * {@code X-Line-Retry-Key} (a repeated key gets 409). It records every message that got through, by its text, so a
 * test can count how often each event was answered. Lighter than WireMock, for runs of thousands of answers; it can
 * also play an outage ({@link #setOutage}: 503 for everything).
 */
public final class StrictLineStandIn implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads;
    private final Set<String> usedReplyTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> usedRetryKeys = ConcurrentHashMap.newKeySet();
    private final Map<String, String> tokenOwners = new ConcurrentHashMap<>();
    /** Message text -> how often it reached a family (by reply or push). */
    private final Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();
    /** Texts in the order they reached each chat (pushes by user id; replies under "reply"). */
    private final Map<String, List<String>> pushedTo = new ConcurrentHashMap<>();
    private final AtomicLong replies = new AtomicLong();
    private final AtomicLong pushes = new AtomicLong();
    private final AtomicLong refusedTokens = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();
    private final AtomicLong outageAnswers = new AtomicLong();
    /** Accepted sends (replies and pushes) by the second they arrived in (System.nanoTime() / 1e9). */
    private final Map<Long, AtomicInteger> perSecond = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peakInFlight = new AtomicInteger();
    private volatile boolean outage;
    private volatile IntSupplier delayMillis = () -> 0;

    public StrictLineStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        threads = Executors.newFixedThreadPool(32);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** While on, every call is answered 503 (LINE down). */
    public void setOutage(boolean on) {
        outage = on;
    }

    /** How long each accepted send takes LINE (milliseconds, per call). */
    public void setDelay(IntSupplier millis) {
        delayMillis = millis;
    }

    /** How often a message with this text reached a family. */
    public int deliveries(String text) {
        AtomicInteger n = delivered.get(text);
        return n == null ? 0 : n.get();
    }

    public Map<String, Integer> deliveries() {
        Map<String, Integer> copy = new java.util.HashMap<>();
        delivered.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    /** Texts pushed or replied to one user, in the order they reached them. */
    public List<String> textsTo(String userId) {
        List<String> texts = pushedTo.get(userId);
        if (texts == null) {
            return List.of();
        }
        synchronized (texts) {
            return List.copyOf(texts);
        }
    }

    public long replies() {
        return replies.get();
    }

    public long pushes() {
        return pushes.get();
    }

    /** Replies refused because their token had been used. */
    public long refusedTokens() {
        return refusedTokens.get();
    }

    /** Pushes refused with 409 because their retry key had been accepted. */
    public long conflicts() {
        return conflicts.get();
    }

    /** The most sends accepted within one wall-clock second. */
    public int peakPerSecond() {
        return perSecond.values().stream().mapToInt(AtomicInteger::get).max().orElse(0);
    }

    /** The user id a reply token belongs to must be known for {@link #textsTo}: register it before the event goes. */
    public void expectToken(String replyToken, String userId) {
        tokenOwners.put(replyToken, userId);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            String path = exchange.getRequestURI().getPath();
            if (outage) {
                outageAnswers.incrementAndGet();
                answer(exchange, 503, "{\"message\":\"Service Unavailable\"}");
                return;
            }
            switch (path) {
                case "/v2/bot/message/reply" -> reply(exchange, JSON.readTree(body));
                case "/v2/bot/message/push" -> push(exchange, JSON.readTree(body));
                case "/v2/bot/chat/loading/start" -> answer(exchange, 202, "{}");
                default -> answer(exchange, 404, "{\"message\":\"Not found\"}");
            }
        }
    }

    private void reply(HttpExchange exchange, JsonNode request) throws IOException {
        long arrived = System.nanoTime();
        String token = request.path("replyToken").asText("");
        if (token.isEmpty() || !usedReplyTokens.add(token)) {
            refusedTokens.incrementAndGet();
            answer(exchange, 400, "{\"message\":\"Invalid reply token\"}");
            return;
        }
        pause();
        replies.incrementAndGet();
        record(tokenOwners.getOrDefault(token, "reply"), request, arrived);
        answer(exchange, 200, "{\"sentMessages\":[]}");
    }

    private void push(HttpExchange exchange, JsonNode request) throws IOException {
        long arrived = System.nanoTime();
        String key = exchange.getRequestHeaders().getFirst("X-Line-Retry-Key");
        if (key != null && !usedRetryKeys.add(key)) {
            conflicts.incrementAndGet();
            answer(exchange, 409, "{\"message\":\"The retry key is already accepted\",\"sentMessages\":[]}");
            return;
        }
        pause();
        pushes.incrementAndGet();
        record(request.path("to").asText(""), request, arrived);
        answer(exchange, 200, "{\"sentMessages\":[]}");
    }

    private void record(String chat, JsonNode request, long arrivedNanos) {
        perSecond.computeIfAbsent(arrivedNanos / 1_000_000_000L, s -> new AtomicInteger()).incrementAndGet();
        List<String> texts = new ArrayList<>();
        for (JsonNode message : request.path("messages")) {
            texts.add(message.path("text").asText(""));
        }
        for (String text : texts) {
            delivered.computeIfAbsent(text, t -> new AtomicInteger()).incrementAndGet();
        }
        List<String> log = pushedTo.computeIfAbsent(chat, c -> new ArrayList<>());
        synchronized (log) {
            log.addAll(texts);
        }
    }

    /** The most accepted sends LINE was working on at the same time, since {@link #resetPeakInFlight()}. */
    public int peakInFlight() {
        return peakInFlight.get();
    }

    public void resetPeakInFlight() {
        peakInFlight.set(0);
    }

    private void pause() {
        int now = inFlight.incrementAndGet();
        peakInFlight.accumulateAndGet(now, Math::max);
        try {
            sleepDelay();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void sleepDelay() {
        int millis = delayMillis.getAsInt();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
