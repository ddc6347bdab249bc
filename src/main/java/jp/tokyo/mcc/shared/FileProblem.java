package jp.tokyo.mcc.shared;

/**
 * Something wrong in an administrator file, where it is and what it is, for the administrator who edits it.
 *
 * @param line    1-based line (1 when the problem is the whole file)
 * @param column  1-based column (1 when unknown)
 * @param message what is wrong, in Japanese (from the owning module's message bundle)
 * @param warning  only a warning: the file can still go live (a missing translation is said in Japanese)
 */
public record FileProblem(int line, int column, String message, boolean warning) {

    public FileProblem {
        line = Math.max(1, line);
        column = Math.max(1, column);
    }

    /** A problem that keeps the file from going live. */
    public FileProblem(int line, int column, String message) {
        this(line, column, message, false);
    }

    /** A warning: the file can go live. */
    public static FileProblem warning(int line, int column, String message) {
        return new FileProblem(line, column, message, true);
    }

    /** The problems that keep a file from going live (not the warnings). */
    public static java.util.List<FileProblem> errors(java.util.List<FileProblem> problems) {
        return problems.stream().filter(p -> !p.warning()).toList();
    }

    @Override
    public String toString() {
        return line + ":" + column + " " + message;
    }
}
