package jp.tokyo.mcc.records;

import java.time.Instant;

/**
 * What one module keeps about families, as retention and erasure see it: each module that stores anything of a
 * family implements this for its own tables and files (attachments, when they come, plug in the same way). The
 * records module never reads another module's data; it asks each implementation and records the counts it returns.
 */
public interface FamilyRecords {

    /** Short name in counts and in the audit, e.g. {@code conversation}, {@code line}. */
    String name();

    /**
     * Erases everything this module keeps of the family (their words, personal fields, stored webhook bodies,
     * files...). Runs inside the erasure's transaction, together with every other module's part. Counts that carry
     * nothing of the family (an inquiry's month, center, category, municipality) may stay for reports.
     *
     * @param userId the family's LINE user id
     * @return what was erased or made anonymous, counted per kind (never what it said)
     */
    RecordCounts erase(String userId);

    /**
     * Lets go of what the retention periods no longer allow to keep (deleted, or made anonymous where counts stay for
     * reports). Runs in its own transaction.
     *
     * @return what was purged, counted per kind
     */
    RecordCounts purge(Retention retention, Instant now);
}
