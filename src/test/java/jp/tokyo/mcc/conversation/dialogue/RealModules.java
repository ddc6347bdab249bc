package jp.tokyo.mcc.conversation.dialogue;

import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import jp.tokyo.mcc.directory.internal.DirectoryProperties;
import jp.tokyo.mcc.directory.internal.DirectoryService;
import jp.tokyo.mcc.knowledge.FaqEntry;
import jp.tokyo.mcc.knowledge.FaqHit;
import jp.tokyo.mcc.knowledge.FaqSearch;
import jp.tokyo.mcc.knowledge.internal.KnowledgeProperties;
import jp.tokyo.mcc.safety.SafetyCheck;
import jp.tokyo.mcc.shared.AdminFiles;

/**
 * The other modules' real implementations over the shipped administrator files, without Spring or a database, so
 * the in-process dialogues meet the same FAQ entries, safety phrases and centers as the application. Their classes
 * are package-private, so they are made by reflection (tests only); FAQ feedback is kept in memory.
 */
public final class RealModules {

    private RealModules() {
    }

    public static DirectoryService directory(Path flows) {
        return new DirectoryService(new AdminFiles(flows), new DirectoryProperties(Duration.ofHours(1)));
    }

    public static SafetyCheck safety(Path flows) {
        return (SafetyCheck) create("jp.tokyo.mcc.safety.internal.SafetyNet", new Class<?>[] {AdminFiles.class},
                new AdminFiles(flows));
    }

    /** The FAQ search; {@link Faq#feedback} collects what would be stored. */
    public static Faq faq(Path flows) {
        try {
            Class<?> storeType = Class.forName("jp.tokyo.mcc.knowledge.internal.FaqFeedbackReplies");
            Object store = create(storeType.getName(), new Class<?>[] {org.springframework.jdbc.core.simple.JdbcClient.class},
                    new Object[] {null});
            FaqSearch search = (FaqSearch) create("jp.tokyo.mcc.knowledge.internal.FaqKnowledgeBase",
                    new Class<?>[] {AdminFiles.class, storeType, KnowledgeProperties.class},
                    new AdminFiles(flows), store, KnowledgeProperties.defaults());
            return new Faq(search);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object create(String type, Class<?>[] parameters, Object... args) {
        try {
            Constructor<?> c = Class.forName(type).getDeclaredConstructor(parameters);
            c.setAccessible(true);
            return c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type + " for the tests", e);
        }
    }

    /** The real FAQ search with the feedback kept in memory. */
    public static final class Faq implements FaqSearch {
        private final FaqSearch search;
        public final List<String> feedback = new CopyOnWriteArrayList<>();
        public final List<String> unanswered = new CopyOnWriteArrayList<>();

        Faq(FaqSearch search) {
            this.search = search;
        }

        @Override
        public List<FaqHit> search(String text, int max) {
            return search.search(text, max);
        }

        @Override
        public jp.tokyo.mcc.knowledge.FaqAnswer answer(String text) {
            return search.answer(text);
        }

        @Override
        public FaqEntry in(FaqEntry entry, jp.tokyo.mcc.shared.Language language) {
            return search.in(entry, language);
        }

        @Override
        public boolean translated(FaqEntry entry, jp.tokyo.mcc.shared.Language language) {
            return search.translated(entry, language);
        }

        @Override
        public Optional<FaqEntry> entry(String id) {
            return search.entry(id);
        }

        @Override
        public void recordFeedback(String entryId, boolean resolved, String userId, String askedText) {
            feedback.add(entryId + ":" + resolved + (resolved || askedText == null ? "" : ":" + askedText));
        }

        @Override
        public void recordUnanswered(String userId, String text) {
            unanswered.add(text);
        }

        @Override
        public void recordFeedback(String entryId, boolean resolved) {
            feedback.add(entryId + ":" + resolved);
        }
    }
}
