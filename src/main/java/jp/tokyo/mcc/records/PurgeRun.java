package jp.tokyo.mcc.records;

import java.time.Instant;

/**
 * One run of the purge: when, and how many records of each kind it let go (never contents).
 *
 * @param id         run number
 * @param startedAt  when it started
 * @param finishedAt when it ended
 * @param counts     e.g. {@code conversation.states=12, inquiry.anonymised=3}, or {@code nothing}
 * @param total      the sum of the counts
 * @param problems   modules whose purge failed (and stays for the next run), or null
 */
public record PurgeRun(long id, Instant startedAt, Instant finishedAt, String counts, long total, String problems) {
}
