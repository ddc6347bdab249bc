package jp.tokyo.mcc.conversation.internal.engine;

import java.time.Clock;
import java.util.Optional;

import jp.tokyo.mcc.calendar.CenterCalendar;
import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.internal.ConversationProperties;
import jp.tokyo.mcc.conversation.internal.library.FlowLibrary;
import jp.tokyo.mcc.directory.Directory;
import jp.tokyo.mcc.knowledge.FaqSearch;
import jp.tokyo.mcc.line.Outbox;
import jp.tokyo.mcc.line.Profiles;
import jp.tokyo.mcc.records.FamilyErasure;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;

/**
 * The engine and its helpers. The directory, FAQ and counsellors' desk are looked up when needed, so the bot starts
 * (and degrades kindly) while a module that provides them is missing.
 */
@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    @Bean
    Texts conversationTexts(MessageSource messages) {
        return new Texts(messages);
    }

    @Bean
    Placeholders conversationPlaceholders(ObjectProvider<Directory> directory, CenterCalendar calendar) {
        return new Placeholders(SingletonSupplier.of(directory::getIfAvailable), calendar);
    }

    @Bean
    ConversationEngine conversationEngine(FlowLibrary library, ConversationProperties properties, Texts texts,
                                          Placeholders placeholders, ObjectProvider<Directory> directory,
                                          ObjectProvider<FaqSearch> faq, ObjectProvider<CounsellorDesk> desk,
                                          ObjectProvider<FamilyErasure> erasure) {
        // each looked up once, when first wanted (ObjectProvider resolves the bean again at every call)
        return new ConversationEngine(library, properties, texts, placeholders,
                SingletonSupplier.of(directory::getIfAvailable), SingletonSupplier.of(faq::getIfAvailable),
                SingletonSupplier.of(desk::getIfAvailable), SingletonSupplier.of(erasure::getIfAvailable));
    }

    @Bean(destroyMethod = "close")
    ProfileLanguages profileLanguages(ObjectProvider<Profiles> profiles, ConversationStates store,
                                      Optional<Clock> clock) {
        return new ProfileLanguages(profiles.getIfAvailable(() -> Profiles.NONE), store,
                clock.orElse(Clock.systemUTC()));
    }

    @Bean
    ConversationService conversationService(ConversationEngine engine, ConversationStates store, Outbox outbox,
                                            Texts texts, Optional<Clock> clock, ProfileLanguages profileLanguages,
                                            FlowLibrary library) {
        texts.onFallback(library.translations()::fellBack);
        return new ConversationService(engine, store, outbox, texts, clock.orElse(Clock.systemUTC()),
                profileLanguages);
    }
}
