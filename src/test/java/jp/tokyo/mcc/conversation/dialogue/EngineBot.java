package jp.tokyo.mcc.conversation.dialogue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import jp.tokyo.mcc.calendar.CalendarProperties;
import jp.tokyo.mcc.calendar.CenterCalendar;
import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.fakes.FakeDesk;
import jp.tokyo.mcc.conversation.fakes.FakeErasure;
import jp.tokyo.mcc.conversation.internal.ConversationProperties;
import jp.tokyo.mcc.conversation.internal.engine.ConversationEngine;
import jp.tokyo.mcc.conversation.internal.engine.ConversationService;
import jp.tokyo.mcc.conversation.internal.engine.ConversationState;
import jp.tokyo.mcc.conversation.internal.engine.InMemoryConversationStates;
import jp.tokyo.mcc.conversation.internal.engine.Placeholders;
import jp.tokyo.mcc.conversation.internal.engine.Texts;
import jp.tokyo.mcc.conversation.internal.library.FlowLibrary;
import jp.tokyo.mcc.conversation.internal.library.FlowSources;
import jp.tokyo.mcc.conversation.internal.library.InMemoryFlowSources;
import jp.tokyo.mcc.directory.internal.DirectoryService;
import jp.tokyo.mcc.inquiry.OpenInquiries;
import jp.tokyo.mcc.router.EventRouter;
import jp.tokyo.mcc.router.trial.RoutedBot;
import jp.tokyo.mcc.safety.SafetyCheck;
import jp.tokyo.mcc.shared.AdminFiles;
import jp.tokyo.mcc.shared.Language;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The real engine and flow files without Spring, HTTP or a database: the other modules' real implementations over
 * the shipped files (the inquiry module faked), states and flow versions in memory, a clock the test moves. For fast dialogue tests; the same dialogues also run over webhooks.
 */
public class EngineBot extends RoutedBot {

    public final DirectoryService directory = RealModules.directory(Path.of("flows"));
    public final RealModules.Faq faq = RealModules.faq(Path.of("flows"));
    public final SafetyCheck safety = RealModules.safety(Path.of("flows"));
    public final FakeDesk desk = new FakeDesk();
    public final InMemoryConversationStates store = new InMemoryConversationStates();
    public final FakeErasure erasure = new FakeErasure(store::delete, desk::familyErased);
    public final FlowSources sources = new InMemoryFlowSources();
    private final AdminFiles files;
    private final ConversationProperties properties;
    private boolean withDesk = true;
    public FlowLibrary library;
    public ConversationEngine engine;
    private EventRouter router;

    public EngineBot() {
        this(Path.of("flows"), ConversationProperties.defaults());
    }

    public EngineBot(Path flows, ConversationProperties properties) {
        this.files = new AdminFiles(flows);
        this.properties = properties;
        restart();
    }

    /** Handoff without an inquiry module. */
    public EngineBot withoutDesk() {
        withDesk = false;
        restart();
        return this;
    }

    @Override
    public void restart() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/conversation", "messages/calendar");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        library = new FlowLibrary(files, sources, properties);
        Texts texts = new Texts(messages);
        Placeholders placeholders = new Placeholders(() -> directory,
                new CenterCalendar(CalendarProperties.defaults(), messages));
        CounsellorDesk counsellors = withDesk ? desk : null;
        OpenInquiries openInquiries = withDesk ? desk : null;
        engine = new ConversationEngine(library, properties, texts, placeholders, () -> directory, () -> faq,
                () -> counsellors, () -> erasure);
        ConversationService service = new ConversationService(engine, store, outbox, texts,
                new Clock() {
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
                        return now();
                    }
                });
        router = new EventRouter(() -> safety, () -> openInquiries, service, outbox);
    }

    @Override
    protected EventRouter router() {
        return router;
    }

    @Override
    public void age(String user, Duration silence) {
        store.load(user).ifPresent(s -> s.lastActivity(s.lastActivity().minus(silence)));
    }

    @Override
    public String state(String user) {
        return store.load(user).map(s -> s.status() == ConversationState.Status.ENDED ? "ended"
                : s.flowId() + ":" + s.stateId()).orElse("none");
    }

    @Override
    public Map<String, Object> slots(String user) {
        return store.load(user).map(ConversationState::slots).orElse(Map.of());
    }

    @Override
    public void profileLanguage(String user, String lineLanguage) {
        store.profileLanguage(user, Language.fromLineProfile(lineLanguage).orElse(Language.JA), now());
    }
}
