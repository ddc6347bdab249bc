package jp.tokyo.mcc.shared;

/**
 * Something wrong in an administrator file, where it is and what it is, for the administrator who edits it.
 *
 * @param line    1-based line (1 when the problem is the whole file)
 * @param column  1-based column (1 when unknown)
 * @param message what is wrong, in Japanese (from the owning module's message bundle)
 */
public record FileProblem(int line, int column, String message) {

    public FileProblem {
        line = Math.max(1, line);
        column = Math.max(1, column);
    }

    @Override
    public String toString() {
        return line + ":" + column + " " + message;
    }
}
