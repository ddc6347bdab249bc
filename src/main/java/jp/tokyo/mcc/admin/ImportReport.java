package jp.tokyo.mcc.admin;

import java.util.List;

/**
 * What an import did.
 *
 * @param drafted   files kept as drafts (they differ from the live version)
 * @param unchanged files equal to the live version (nothing kept)
 * @param ignored   entries that are no administrator file (e.g. README.md, schema/...)
 */
public record ImportReport(List<String> drafted, List<String> unchanged, List<String> ignored) {
}
