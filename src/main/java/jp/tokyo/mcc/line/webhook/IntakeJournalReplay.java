package jp.tokyo.mcc.line.webhook;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.tokyo.mcc.line.inbox.EventDispatcher;
import jp.tokyo.mcc.line.inbox.InboxEntries;
import jp.tokyo.mcc.line.inbox.InboxEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, the webhooks a crash left in the {@link IntakeJournal} (answered 200, perhaps not yet in H2's file) are
 * stored in the inbox again: those H2 kept are skipped by their webhook event id, the others are handled as if they
 * had just arrived. Then the journal's old segments are deleted.
 */
@Component
class IntakeJournalReplay {

    private static final Logger log = LoggerFactory.getLogger(IntakeJournalReplay.class);

    private final IntakeJournal journal;
    private final InboxEntries inbox;
    private final EventDispatcher dispatcher;
    private final WebhookBodyReader reader;

    IntakeJournalReplay(IntakeJournal journal, InboxEntries inbox, EventDispatcher dispatcher, ObjectMapper json) {
        this.journal = journal;
        this.inbox = inbox;
        this.dispatcher = dispatcher;
        this.reader = new WebhookBodyReader(json);
    }

    @EventListener(ApplicationReadyEvent.class)
    void replay() throws IOException {
        if (!journal.active()) {
            return;
        }
        List<IntakeJournal.Record> records = journal.leftByCrash();
        int restored = 0;
        for (IntakeJournal.Record record : records) {
            try {
                List<InboxEntry> stored = inbox.storeNew(reader.read(record.body(), record.receivedAt()).entries());
                restored += stored.size();
                dispatcher.wake(stored);
            } catch (MalformedWebhookException e) {
                // verified and read when it came: cannot happen unless the file was changed
                log.warn("intake journal: a record cannot be read");
            }
        }
        journal.replayed();
        if (!records.isEmpty()) {
            // counts only
            log.info("intake journal: {} webhooks found after a stop, {} events stored again (the rest were kept)",
                    records.size(), restored);
        }
    }
}
