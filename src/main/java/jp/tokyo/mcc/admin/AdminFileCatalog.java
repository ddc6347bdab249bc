package jp.tokyo.mcc.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.tokyo.mcc.shared.FileProblem;

/**
 * The administrator files as administrators work on them: versions, drafts, publishing, rollback, import and export.
 * Paths are as under {@code flows/} ({@code intake.yaml}, {@code faq/centers.yaml}). Refusals are
 * {@link AdminFileException}s. Every change names its {@code actor} (a staff username) and is audited, never with
 * the file's text.
 */
public interface AdminFileCatalog {

    /** Every file with a live version or a draft, by path. */
    List<FileSummary> list();

    /** The live version of a file. */
    Optional<FileText> live(String path);

    /** One version of a file. */
    Optional<FileText> version(String path, int version);

    /** The versions of a file, newest first (empty when it has none). */
    List<FileVersion> versions(String path);

    /** The draft of a file, if there is one. */
    Optional<FileDraft> draft(String path);

    /** The kind of file a path is ({@code flow}, {@code faq}...), or empty when no module owns such a path. */
    Optional<String> kindOf(String path);

    /** The problems of a text as the draft of {@code path}, seen with the other drafts; nothing is kept. */
    List<FileProblem> validate(String path, String content);

    /** Keeps {@code content} as the draft of {@code path} (also when it has problems, which are returned). */
    List<FileProblem> saveDraft(String path, String content, String actor);

    /** Throws the draft away (nothing happens without one). */
    void discardDraft(String path, String actor);

    /** Publishes the draft as the new live version; returns its number. */
    int publish(String path, String actor);

    /** Publishes every draft together (validated as one set); returns the new version of each path. */
    Map<String, Integer> publishAll(String actor);

    /** Makes a new live version with the text of {@code version}; returns its number. */
    int rollback(String path, int version, String actor);

    /** The lines of two texts of a file, compared. */
    FileDiff diff(String path, String before, String after);

    /** Every live file in a zip, laid out as the flows/ folder. */
    byte[] exportZip();

    /** Takes a zip laid out as the flows/ folder as drafts of the files that differ from the live ones. */
    ImportReport importZip(byte[] zip, String actor);
}
