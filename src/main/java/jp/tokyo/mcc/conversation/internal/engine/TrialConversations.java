package jp.tokyo.mcc.conversation.internal.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;

import jp.tokyo.mcc.conversation.ConversationTrials;
import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.TrialConversation;
import jp.tokyo.mcc.conversation.internal.ConversationProperties;
import jp.tokyo.mcc.conversation.internal.library.FlowLibrary;
import jp.tokyo.mcc.directory.Directory;
import jp.tokyo.mcc.knowledge.FaqSearch;
import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.line.Outbox;
import jp.tokyo.mcc.records.ErasureReport;
import jp.tokyo.mcc.records.FamilyErasure;
import jp.tokyo.mcc.records.RecordCounts;
import jp.tokyo.mcc.safety.SafetyAssessment;
import jp.tokyo.mcc.shared.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Trial conversations over the application's own flows, FAQ and directory, with states in memory. */
@Component
class TrialConversations implements ConversationTrials {

    private final FlowLibrary library;
    private final ConversationProperties properties;
    private final Texts texts;
    private final Placeholders placeholders;
    private final ObjectProvider<Directory> directory;
    private final ObjectProvider<FaqSearch> faq;

    TrialConversations(FlowLibrary library, ConversationProperties properties, Texts texts, Placeholders placeholders,
                       ObjectProvider<Directory> directory, ObjectProvider<FaqSearch> faq) {
        this.library = library;
        this.properties = properties;
        this.texts = texts;
        this.placeholders = placeholders;
        this.directory = directory;
        this.faq = faq;
    }

    @Override
    public TrialConversation start(Supplier<Instant> clock, Outbox outbox, CounsellorDesk desk) {
        return new Trial(clock, outbox, desk);
    }

    private final class Trial implements TrialConversation {

        private final InMemoryConversationStates store = new InMemoryConversationStates();
        private final Clock clock;
        private final Outbox outbox;
        private final CounsellorDesk desk;
        private ConversationService service;

        Trial(Supplier<Instant> now, Outbox outbox, CounsellorDesk desk) {
            this.clock = new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneId.of("UTC");
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now.get();
                }
            };
            this.outbox = outbox;
            this.desk = desk;
            restart();
        }

        @Override
        public void restart() {
            // a trial family's erasure forgets its trial conversation and pretend inquiry (nothing of it is stored)
            FamilyErasure erasure = (userId, request) -> {
                store.delete(userId);
                if (desk != null) {
                    desk.familyErased(userId);
                }
                return new ErasureReport(RecordCounts.of("trial.states", 1), now());
            };
            ConversationEngine engine = new ConversationEngine(library, properties, texts, placeholders,
                    directory::getIfAvailable, faq::getIfAvailable, () -> desk, () -> erasure);
            service = new ConversationService(engine, store, outbox, texts, clock);
        }

        @Override
        public void answer(IncomingEvent event, SafetyAssessment safety) {
            service.answer(event, safety);
        }

        @Override
        public boolean claims(IncomingEvent event) {
            return service.claims(event);
        }

        private Instant now() {
            return clock.instant();
        }

        @Override
        public void noteActivity(String userId) {
            service.noteActivity(userId);
        }

        @Override
        public String state(String userId) {
            return store.load(userId).map(s -> s.status() == ConversationState.Status.ENDED ? "ended"
                    : s.flowId() + ":" + s.stateId()).orElse("none");
        }

        @Override
        public Map<String, Object> slots(String userId) {
            return store.load(userId).map(ConversationState::slots).orElse(Map.of());
        }

        @Override
        public void profileLanguage(String userId, String lineLanguage) {
            store.profileLanguage(userId, Language.fromLineProfile(lineLanguage).orElse(Language.JA), now());
        }

        @Override
        public Language language(String userId) {
            return service.language(userId);
        }

        @Override
        public void age(String userId, Duration silence) {
            store.load(userId).ifPresent(s -> s.lastActivity(s.lastActivity().minus(silence)));
        }
    }
}
