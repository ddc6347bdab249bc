package jp.tokyo.mcc.line.webhook;

import java.time.Instant;

import jp.tokyo.mcc.records.FamilyRecords;
import jp.tokyo.mcc.records.RecordCounts;
import jp.tokyo.mcc.records.Retention;
import jp.tokyo.mcc.shared.AfterCommit;
import org.springframework.stereotype.Component;

/**
 * The intake journal holds the webhooks of the last second or two, bodies as LINE sent them (words, user ids): on a
 * family's erasure it is rotated at once, once the erasure is committed, so that no file keeps what was erased (the
 * journal's segments are deleted when H2 has stored everything committed before). Retention has nothing to do: the
 * journal never holds anything older than a few seconds.
 */
@Component
class IntakeJournalRecords implements FamilyRecords {

    private final IntakeJournal journal;

    IntakeJournalRecords(IntakeJournal journal) {
        this.journal = journal;
    }

    @Override
    public String name() {
        return "intake-journal";
    }

    @Override
    public RecordCounts erase(String userId) {
        if (!journal.active()) {
            return RecordCounts.none();
        }
        AfterCommit.run(() -> journal.rotateQuietly());
        return RecordCounts.none();
    }

    @Override
    public RecordCounts purge(Retention retention, Instant now) {
        return RecordCounts.none();
    }
}
