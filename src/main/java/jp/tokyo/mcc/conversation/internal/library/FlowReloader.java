package jp.tokyo.mcc.conversation.internal.library;

import java.util.concurrent.ScheduledFuture;

import jakarta.annotation.PreDestroy;
import jp.tokyo.mcc.conversation.internal.ConversationProperties;
import jp.tokyo.mcc.shared.AdminFilesPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Validates the flow files at start-up, then looks for changed files every few seconds (no restart needed).
 * Off with the conversation ({@code app.conversation.enabled=false}).
 */
@Component
@ConditionalOnProperty(prefix = "app.conversation", name = "enabled", havingValue = "true", matchIfMissing = true)
class FlowReloader {

    private static final Logger log = LoggerFactory.getLogger(FlowReloader.class);

    private final FlowLibrary library;
    private final TaskScheduler scheduler;
    private final ConversationProperties properties;
    private ScheduledFuture<?> task;

    FlowReloader(FlowLibrary library, TaskScheduler scheduler, ConversationProperties properties) {
        this.library = library;
        this.scheduler = scheduler;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        library.live();
        task = scheduler.scheduleWithFixedDelay(this::check, properties.reloadInterval());
    }

    /** Published flow files reload at once (the poll above catches what this process was not told). */
    @EventListener(AdminFilesPublished.class)
    void published() {
        check();
    }

    void check() {
        try {
            if (library.reloadIfChanged()) {
                log.info("flow files changed and were reloaded");
            }
        } catch (RuntimeException e) {
            log.error("flow files could not be reloaded; the live flows stay", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
