package jp.tokyo.mcc.router.trial;

/** A step of a scripted dialogue did not do what it said (the message, in Japanese, says which and how). */
public class DialogueFailure extends AssertionError {

    private final int step;
    private final String lastAnswer;

    public DialogueFailure(String message, int step, String lastAnswer, Throwable cause) {
        super(message, cause);
        this.step = step;
        this.lastAnswer = lastAnswer;
    }

    /** The step that failed, 1-based. */
    public int step() {
        return step;
    }

    /** What the bot had answered last, as the family saw it. */
    public String lastAnswer() {
        return lastAnswer;
    }
}
