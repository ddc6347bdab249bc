package jp.tokyo.mcc.knowledge.internal;

/**
 * Why an FAQ file cannot go live. Names the file, the entry (id or position) and the rule; never quotes the text.
 */
record FaqProblem(String file, String where, String message) {

    @Override
    public String toString() {
        return file + (where == null ? "" : " " + where) + ": " + message;
    }
}
