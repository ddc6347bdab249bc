package jp.tokyo.mcc.shared;

import java.util.function.Supplier;

/**
 * Which administrator files a piece of work sees: the published ones (every family, always) or the drafts laid over
 * them (a simulator family marked "on drafts", and the conversation tests an administrator runs from the editor).
 * The edition of the work under way on a thread is set with {@link #call} around it; modules that read
 * administrator files ask {@link #current()}.
 */
public enum Edition {
    PUBLISHED,
    DRAFTS;

    /**
     * User ids of simulator families on drafts start so: {@code Usim} (a simulated family, never a real LINE id,
     * which is {@code U} and hex digits) then {@code dr} ("r" is not a hex digit, so no other simulated id starts so).
     */
    public static final String DRAFT_FAMILY_PREFIX = "Usimdr";

    private static final ThreadLocal<Edition> CURRENT = new ThreadLocal<>();

    /** The edition of the work under way on this thread ({@link #PUBLISHED} unless set). */
    public static Edition current() {
        Edition e = CURRENT.get();
        return e == null ? PUBLISHED : e;
    }

    /** The edition a chat sees: drafts for a simulator family on drafts, the published files for everyone else. */
    public static Edition forChat(String userId) {
        return userId != null && userId.startsWith(DRAFT_FAMILY_PREFIX) ? DRAFTS : PUBLISHED;
    }

    /** Runs {@code work} in this edition (then the thread's edition is what it was). */
    public <T> T call(Supplier<T> work) {
        Edition before = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
