package jp.tokyo.mcc.admin;

import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.shared.FileProblem;

/** A refused request about administrator files; {@link #reason()} says which HTTP answer fits. */
public class AdminFileException extends RuntimeException {

    public enum Reason {
        /** the path is not one a module owns, or the file or version does not exist (404) */
        NOT_FOUND,
        /** publishing without a draft (404) */
        NO_DRAFT,
        /** the path or body cannot be taken (400) */
        BAD_REQUEST,
        /** the text has problems: {@link #problems()} (422) */
        INVALID,
        /** someone else changed the same file at the same moment (409) */
        CONFLICT
    }

    private final Reason reason;
    private final Map<String, List<FileProblem>> problems;

    public AdminFileException(Reason reason, String detail) {
        this(reason, detail, Map.of());
    }

    public AdminFileException(Reason reason, String detail, Map<String, List<FileProblem>> problems) {
        super(detail);
        this.reason = reason;
        this.problems = Map.copyOf(problems);
    }

    public Reason reason() {
        return reason;
    }

    /** The problems by path (for {@link Reason#INVALID}). */
    public Map<String, List<FileProblem>> problems() {
        return problems;
    }

    /** The problems of every path, in one list. */
    public List<FileProblem> allProblems() {
        return problems.values().stream().flatMap(List::stream).toList();
    }
}
