package jp.tokyo.mcc.router.trial;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.router.EventRouter;

/**
 * A bot in memory that answers through an {@link EventRouter} into a {@link CapturingOutbox}: each family action is
 * an event 5 seconds after the previous one on a clock that starts on a Monday at 11:00 in Tokyo (moved by
 * {@link #advance}); what the family sees is the reply to that event.
 */
public abstract class RoutedBot implements Bot {

    public final CapturingOutbox outbox = new CapturingOutbox();
    private final AtomicLong ids = new AtomicLong();
    private volatile Instant now = Instant.parse("2025-12-01T02:00:00Z");

    /** The router the events go to (it may be built again, e.g. on a restart). */
    protected abstract EventRouter router();

    public Instant now() {
        return now;
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    private Shown send(IncomingEvent.Kind kind, String user, String type, String text, String data) {
        long id = ids.incrementAndGet();
        now = now.plusSeconds(5);
        router().route(new IncomingEvent(id, "trial" + id, kind, user, now, type, text, data, false));
        return Shown.of(outbox.replies.getOrDefault(id, List.of()));
    }

    @Override
    public Shown follow(String user) {
        return send(IncomingEvent.Kind.FOLLOW, user, null, null, null);
    }

    @Override
    public Shown text(String user, String text) {
        return send(IncomingEvent.Kind.MESSAGE, user, "text", text, null);
    }

    @Override
    public Shown postback(String user, String data) {
        return send(IncomingEvent.Kind.POSTBACK, user, null, null, data);
    }

    @Override
    public Shown sticker(String user) {
        return send(IncomingEvent.Kind.MESSAGE, user, "sticker", null, null);
    }

    @Override
    public Shown image(String user) {
        return send(IncomingEvent.Kind.MESSAGE, user, "image", null, null);
    }

    /** Unfollow: the bot must send nothing. */
    @Override
    public void unfollow(String user) {
        if (!send(IncomingEvent.Kind.UNFOLLOW, user, null, null, null).silent()) {
            throw new IllegalStateException("something was sent after unfollow");
        }
    }

    @Override
    public Shown unsend(String user) {
        return send(IncomingEvent.Kind.UNSEND, user, null, null, null);
    }
}
