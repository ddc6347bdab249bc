package jp.tokyo.mcc.router;

/**
 * How one scripted dialogue went.
 *
 * @param file       the test file, as under flows/ ({@code tests/handoff.yaml})
 * @param name       the dialogue's name (null when the file has one unnamed dialogue)
 * @param passed     every step did what it said
 * @param step       the step that failed (1-based; 0 when it passed)
 * @param failure    what went wrong, in Japanese (null when it passed)
 * @param lastAnswer what the bot had answered last when it failed (null when it passed)
 */
public record FlowTestResult(String file, String name, boolean passed, int step, String failure, String lastAnswer) {
}
