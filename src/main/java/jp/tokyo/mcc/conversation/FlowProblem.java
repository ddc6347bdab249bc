package jp.tokyo.mcc.conversation;

/**
 * Something wrong in a flow file, found by the parser or the validator; the file does not go live until it is fixed.
 *
 * @param file    the file name, e.g. intake.yaml
 * @param line    1-based line in the file (0 when unknown)
 * @param column  1-based column in the line (0 when unknown: the start of what is written on the line)
 * @param where   the part of the flow, e.g. 状態 where, コマンド menu (in Japanese)
 * @param message what is wrong, in plain Japanese words
 */
public record FlowProblem(String file, int line, int column, String where, String message) {

    public FlowProblem(String file, int line, String where, String message) {
        this(file, line, 0, where, message);
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + (where == null || where.isEmpty() ? "" : " (" + where + ")")
                + ": " + message;
    }
}
