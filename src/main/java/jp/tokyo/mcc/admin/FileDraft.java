package jp.tokyo.mcc.admin;

import java.time.Instant;

/**
 * A file's draft.
 *
 * @param baseVersion the live version it was started from (0 for a new file)
 * @param problems    how many problems it had when last saved
 */
public record FileDraft(String path, int baseVersion, String content, Instant updatedAt, String updatedBy,
                        int problems) {
}
