package jp.tokyo.mcc.shared;

import java.util.Set;

/**
 * Published administrator files changed (a publish or a rollback in this process, or in another one on the same
 * database): every module that reads them reloads at once and swaps what it serves in one step.
 *
 * @param paths the files that changed
 */
public record AdminFilesPublished(Set<String> paths) {

    public AdminFilesPublished {
        paths = Set.copyOf(paths);
    }
}
