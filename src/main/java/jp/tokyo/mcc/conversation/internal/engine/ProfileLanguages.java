package jp.tokyo.mcc.conversation.internal.engine;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jp.tokyo.mcc.line.Profiles;
import jp.tokyo.mcc.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a new family's language from their LINE profile, off the webhook's path: one worker thread asks LINE
 * ({@code GET /v2/bot/profile/{userId}}) and stores the answer; the family's answers never wait for it (until it is
 * known, they read Japanese). {@code en} gives English, {@code ja} Japanese, any other language やさしい日本語; no
 * language gives Japanese. LINE down: one attempt more is counted, and after {@link FamilyLanguage#MAX_ATTEMPTS} the
 * family stays with Japanese. A family already being looked up, or a full queue, is skipped (asked again on their next
 * message). Never logs a user id.
 */
public class ProfileLanguages implements Consumer<String>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProfileLanguages.class);
    private static final int QUEUE = 1000;

    private final Profiles profiles;
    private final ConversationStates store;
    private final Clock clock;
    private final Set<String> underway = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor worker;

    public ProfileLanguages(Profiles profiles, ConversationStates store, Clock clock) {
        this.profiles = profiles;
        this.store = store;
        this.clock = clock;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "line-profile-language");
            t.setDaemon(true);
            return t;
        });
    }

    /** Looks the family's language up soon (returns at once). */
    @Override
    public void accept(String userId) {
        if (userId == null || !underway.add(userId)) {
            return;
        }
        try {
            worker.execute(() -> {
                try {
                    lookUp(userId);
                } finally {
                    underway.remove(userId);
                }
            });
        } catch (RejectedExecutionException e) {
            underway.remove(userId);
        }
    }

    /** Asks LINE and stores what it said (for the worker, and for tests that wait). */
    void lookUp(String userId) {
        try {
            Profiles.Answer answer = profiles.language(userId);
            Language language = switch (answer.outcome()) {
                case FOUND -> Language.fromLineProfile(answer.language()).orElse(Language.JA);
                case NONE -> Language.JA;
                case UNREACHABLE -> null;
            };
            store.profileLanguage(userId, language, clock.instant());
        } catch (RuntimeException e) {
            log.warn("a family's language could not be stored ({})", e.getClass().getSimpleName());
        }
    }

    /** Waits until every lookup asked for so far is done (tests). */
    public boolean idle() {
        return underway.isEmpty();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
