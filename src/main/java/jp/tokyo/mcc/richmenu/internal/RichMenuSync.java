package jp.tokyo.mcc.richmenu.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.linecorp.bot.messaging.model.RichMenuResponse;
import jp.tokyo.mcc.richmenu.RichMenu;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Keeps LINE's default rich menu the published one, on its own thread (a start never waits for LINE): under the
 * lease, it lists the menus this bot made; the one named with the menu's hash, if it is already the default, stays
 * (a restart changes nothing); otherwise the menu is created, its image uploaded and made the default; then every
 * other menu of this bot is deleted, so there is never a second one. LINE down or another process holding the lease:
 * it tries again later (doubling the wait up to a limit) until the menu is in place.
 */
@Component
class RichMenuSync implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RichMenuSync.class);

    private final LineRichMenuApi line;
    private final RichMenuLease lease;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final Duration leaseLength;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rich-menu-sync");
        t.setDaemon(true);
        return t;
    });
    private RichMenu wanted;
    private ScheduledFuture<?> next;
    private Duration wait;
    private volatile String inPlace;

    RichMenuSync(LineRichMenuApi line, RichMenuLease lease,
                 @Value("${app.rich-menu.first-retry:5s}") Duration firstRetry,
                 @Value("${app.rich-menu.max-retry:5m}") Duration maxRetry,
                 @Value("${app.rich-menu.lease:2m}") Duration leaseLength) {
        this.line = line;
        this.lease = lease;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
        this.leaseLength = leaseLength;
    }

    /** Puts {@code menu} in place in LINE soon (replacing any earlier wish that is not done yet). */
    synchronized void request(RichMenu menu) {
        if (!line.enabled() || menu == null) {
            return;
        }
        wanted = menu;
        wait = firstRetry;
        schedule(Duration.ZERO);
    }

    /** The hash of the menu this process put in place or found in place (null before). */
    String inPlace() {
        return inPlace;
    }

    private synchronized void schedule(Duration delay) {
        if (next != null) {
            next.cancel(false);
        }
        next = thread.schedule(this::attempt, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void attempt() {
        RichMenu menu;
        synchronized (this) {
            menu = wanted;
        }
        if (menu == null) {
            return;
        }
        boolean done = false;
        try {
            if (lease.acquire(leaseLength)) {
                try {
                    put(menu);
                    done = true;
                } finally {
                    lease.release();
                }
            } else {
                log.info("rich menu: another process is updating it; checking again later");
            }
        } catch (LineRichMenuApi.LineDown e) {
            log.warn("rich menu: LINE did not answer ({}); trying again later", e.getMessage());
        } catch (RuntimeException e) {
            log.warn("rich menu: could not be updated ({}); trying again later", e.getClass().getSimpleName());
        }
        synchronized (this) {
            if (wanted != menu) {
                return; // a newer menu was asked for meanwhile: its own attempt is scheduled
            }
            if (done) {
                wanted = null;
            } else {
                Duration delay = wait;
                wait = wait.multipliedBy(2).compareTo(maxRetry) > 0 ? maxRetry : wait.multipliedBy(2);
                schedule(delay);
            }
        }
    }

    private void put(RichMenu menu) throws LineRichMenuApi.LineDown {
        String name = LineRichMenuApi.NAME_PREFIX + menu.hash();
        List<RichMenuResponse> ours = line.ours();
        Optional<String> current = line.defaultId();
        Optional<RichMenuResponse> same = ours.stream()
                .filter(m -> name.equals(m.name()) && current.isPresent() && current.get().equals(m.richMenuId()))
                .findFirst();
        String id;
        if (same.isPresent()) {
            id = same.get().richMenuId();
        } else {
            id = line.create(menu, RichMenuImage.png(menu));
            line.makeDefault(id);
            log.info("rich menu {} created and made the default", menu.hash());
        }
        for (RichMenuResponse old : ours) {
            if (!old.richMenuId().equals(id)) {
                line.delete(old.richMenuId());
                log.info("rich menu: an older one of this bot deleted");
            }
        }
        lease.synced(menu.hash(), id);
        inPlace = menu.hash();
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }
}
