package jp.tokyo.mcc.admin;

import java.time.Instant;

/**
 * A file in the list.
 *
 * @param path          as under flows/
 * @param kind          which module's file it is ({@code flow}, {@code faq}...)
 * @param version       the live version (0 while only a draft exists)
 * @param updatedAt     when the live version was made (null without one)
 * @param updatedBy     who made it ({@code system} for the seed from the folder)
 * @param draft         whether a draft exists
 * @param draftProblems how many problems the draft had when it was last saved
 * @param draftBy       who saved the draft last (null without one)
 */
public record FileSummary(String path, String kind, int version, Instant updatedAt, String updatedBy, boolean draft,
                          int draftProblems, String draftBy) {
}
