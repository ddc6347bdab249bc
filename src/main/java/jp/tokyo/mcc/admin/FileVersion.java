package jp.tokyo.mcc.admin;

import java.time.Instant;

/**
 * One version of a file, without its text.
 *
 * @param origin        {@code SEED} (from the flows/ folder at a start), {@code PUBLISH} or {@code ROLLBACK}
 * @param originVersion for a rollback: the version whose text it took
 */
public record FileVersion(int version, Instant createdAt, String createdBy, String origin, Integer originVersion) {
}
