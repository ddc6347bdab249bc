package jp.tokyo.mcc.console.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jp.tokyo.mcc.inquiry.InquiryChanged;
import jp.tokyo.mcc.shared.AfterCommit;
import jp.tokyo.mcc.staff.StaffMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live updates for open console pages: every committed {@link InquiryChanged} goes, as a server-sent event
 * {@code inquiry} with {@code {"id","kind","center"}} (no family data), to the pages of staff who may see it — on every
 * process: the change travels through the {@link ChangeRelay} (PostgreSQL's LISTEN/NOTIFY with several processes).
 *
 * <p>On shutdown the streams are ended first (this lifecycle's phase stops before the web server's graceful
 * shutdown), so open console pages do not hold the shutdown for its whole timeout; they reconnect to the next start.
 */
@Component
class ConsoleEvents implements SmartLifecycle {

    static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(ConsoleEvents.class);

    private record Subscriber(SseEmitter emitter, StaffMember staff) {
    }

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private final ChangeRelay relay;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "console-sse");
        t.setDaemon(true);
        return t;
    });

    ConsoleEvents(ChangeRelay relay) {
        this.relay = relay;
        relay.deliverTo(this::deliver, this::reconnectAll);
    }

    SseEmitter subscribe(StaffMember staff) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Subscriber subscriber = new Subscriber(emitter, staff);
        subscribers.add(subscriber);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(e -> subscribers.remove(subscriber));
        sender.execute(() -> send(subscriber, SseEmitter.event().comment("connected").reconnectTime(3000)));
        return emitter;
    }

    @EventListener
    void on(InquiryChanged change) {
        Runnable publish = () -> relay.publish(change);
        AfterCommit.run(publish);
    }

    /** A change any process made, for this process's pages. */
    private void deliver(InquiryChanged change) {
        try {
            sender.execute(() -> broadcast(change));
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // shutting down
        }
    }

    /** Changes may have been missed: the pages reconnect (and a page that reconnects fetches what it missed). */
    private void reconnectAll() {
        subscribers.forEach(s -> s.emitter().complete());
        subscribers.clear();
    }

    private void broadcast(InquiryChanged change) {
        String data = "{\"id\":" + change.inquiryId() + ",\"kind\":\"" + change.kind() + "\",\"center\":\""
                + change.center().code() + "\"}";
        for (Subscriber s : subscribers) {
            if (s.staff().canSee(change.center()) || s.staff().canSee(change.previousCenter())) {
                send(s, SseEmitter.event().name("inquiry").data(data, MediaType.APPLICATION_JSON));
            }
        }
    }

    /** Keeps connections alive through proxies and finds the dead ones. */
    @Scheduled(fixedDelay = 20_000)
    void heartbeat() {
        sender.execute(() -> subscribers.forEach(s -> send(s, SseEmitter.event().comment("ping"))));
    }

    private void send(Subscriber subscriber, SseEmitter.SseEventBuilder event) {
        try {
            subscriber.emitter().send(event);
        } catch (IOException | IllegalStateException e) {
            subscribers.remove(subscriber);
            log.debug("console event stream closed: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends every open stream (runs before the web server's graceful shutdown waits for open requests). */
    @Override
    public void stop() {
        running = false;
        subscribers.forEach(s -> s.emitter().complete());
        subscribers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @PreDestroy
    void shutdown() {
        stop();
        sender.shutdownNow();
    }
}
