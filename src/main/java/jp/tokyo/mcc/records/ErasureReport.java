package jp.tokyo.mcc.records;

import java.time.Instant;

/**
 * What an erasure did: the counts per module and kind (never what was erased), and when.
 *
 * @param counts e.g. {@code conversation.states=1, line.inbox-events=7, inquiry.anonymised=1}
 * @param at     when the erasure ran
 */
public record ErasureReport(RecordCounts counts, Instant at) {
}
