package jp.tokyo.mcc.conversation;

/**
 * Something wrong in a flow file, found by the validator; the file does not go live until it is fixed.
 *
 * @param file    the file name, e.g. intake.yaml
 * @param line    1-based line in the file (0 when unknown)
 * @param where   the part of the flow, e.g. "state where" or "commands.menu"
 * @param message what is wrong, in plain words
 */
public record FlowProblem(String file, int line, String where, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + (where == null || where.isEmpty() ? "" : " (" + where + ")")
                + ": " + message;
    }
}
