package jp.tokyo.mcc.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jp.tokyo.mcc.router.trial.CapturingOutbox;
import jp.tokyo.mcc.router.trial.Shown;
import jp.tokyo.mcc.conversation.dialogue.WebhookBot;
import jp.tokyo.mcc.conversation.internal.ConversationProperties;
import jp.tokyo.mcc.conversation.internal.engine.ConversationEngine;
import jp.tokyo.mcc.conversation.internal.engine.ConversationService;
import jp.tokyo.mcc.conversation.internal.engine.ConversationState;
import jp.tokyo.mcc.conversation.internal.engine.ConversationStates;
import jp.tokyo.mcc.conversation.internal.engine.Placeholders;
import jp.tokyo.mcc.conversation.internal.engine.Texts;
import jp.tokyo.mcc.conversation.internal.library.FlowLibrary;
import jp.tokyo.mcc.conversation.internal.library.FlowSources;
import jp.tokyo.mcc.directory.Directory;
import jp.tokyo.mcc.directory.Municipality;
import jp.tokyo.mcc.line.IncomingEvent;
import jp.tokyo.mcc.line.OutgoingMessage;
import jp.tokyo.mcc.shared.AdminFiles;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The engine inside the application: routing for every municipality, and a restart in the middle of a talk. */
class ConversationIT extends AbstractBotIT {

    private static final AtomicLong IDS = new AtomicLong(-1_000_000);

    @Autowired
    ConversationEngine engine;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConversationStates store;

    @Autowired
    FlowLibrary library;

    @Autowired
    FlowSources sources;

    @Autowired
    AdminFiles adminFiles;

    @Autowired
    ConversationProperties properties;

    @Autowired
    Texts texts;

    @Autowired
    Placeholders placeholders;

    static List<String> municipalities() {
        return new jp.tokyo.mcc.directory.internal.DirectoryService(new AdminFiles(java.nio.file.Path.of("flows")),
                new jp.tokyo.mcc.directory.internal.DirectoryProperties(java.time.Duration.ofHours(1)))
                .municipalities().stream().map(Municipality::name).toList();
    }

    /** Straight through the engine bean (no HTTP): the menu, a category, then the answer. */
    private Shown answerWhere(String answer) {
        ConversationState state = null;
        String user = Webhooks.newUserId();
        Shown shown = null;
        for (IncomingEvent e : List.of(event(user, IncomingEvent.Kind.FOLLOW, null),
                event(user, IncomingEvent.Kind.MESSAGE, "退院後のこと"), event(user, IncomingEvent.Kind.MESSAGE, answer))) {
            ConversationEngine.Outcome outcome = engine.handle(state, e, null, Instant.now());
            state = outcome.state();
            shown = Shown.of(outcome.messages());
        }
        return shown;
    }

    private static IncomingEvent event(String user, IncomingEvent.Kind kind, String text) {
        long id = IDS.decrementAndGet();
        return new IncomingEvent(id, "w" + id, kind, user, Instant.now(), text == null ? null : "text", text, null, false);
    }

    @Test
    void thereAreSixtyTwo() {
        assertThat(municipalities()).hasSize(62);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("municipalities")
    void everyMunicipalityIsRoutedToItsCenter(String name) {
        Municipality m = directory.municipality(name).orElseThrow();
        var center = directory.center(m.center());
        Shown shown = answerWhere(name);
        assertThat(shown.text()).contains(name + "にお住まいの方のご相談先です。", center.name(), center.phone(), center.address());
        if (m.isIsland() && directory.islandsUnconfirmed()) {
            assertThat(shown.text()).contains(directory.islandsNote(), "03-3941-3221", "042-312-8164");
        } else {
            assertThat(shown.text()).doesNotContain("島しょ");
        }
        // the reading works too
        assertThat(answerWhere(m.kana()).text()).contains(center.phone());
    }

    @ParameterizedTest
    @ValueSource(strings = {"横浜市", "大阪府", "さいたま市", "北海道札幌市"})
    void placesOutsideTokyoAreToldAboutTheirOwnPrefecturesCenterAndGetTheMenu(String answer) {
        Shown shown = answerWhere(answer);
        assertThat(shown.text()).contains("東京都にお住まいの方のための相談窓口", "それぞれの都道府県", "どんなことでお困りですか");
        assertThat(shown.labels()).contains("退院後のこと");
    }

    @Test
    void aRestartInTheMiddleKeepsTheConversationFromTheTables() {
        WebhookBot bot = new WebhookBot(port, jdbc, store, library);
        String user = Webhooks.newUserId();
        bot.follow(user);
        bot.text(user, "保育園や学校のこと");
        bot.text(user, "相談員と話したい");
        assertThat(bot.state(user)).isEqualTo("handoff:municipality");
        bot.text(user, "世田谷区");
        assertThat(bot.state(user)).isEqualTo("handoff:child-age");

        // a new engine: flows read again from the files, versions from the table, the state from the table
        FlowLibrary fresh = new FlowLibrary(adminFiles, sources, properties);
        CapturingOutbox outbox = new CapturingOutbox();
        ConversationEngine restarted = new ConversationEngine(fresh, properties, texts, placeholders, () -> directory,
                () -> null, () -> null);
        ConversationService service = new ConversationService(restarted, store, outbox, texts,
                java.time.Clock.systemUTC());
        IncomingEvent answer = event(user, IncomingEvent.Kind.MESSAGE, "4歳");
        service.answer(answer, jp.tokyo.mcc.safety.SafetyAssessment.NOTHING);
        List<OutgoingMessage> reply = outbox.replies.get(answer.inboxId());
        assertThat(Shown.of(reply).text()).contains("医療的ケアを");
        assertThat(store.load(user).orElseThrow().slots()).containsEntry("child-age", "4歳")
                .containsEntry("category", "保育園や学校のこと");
    }

}
