package jp.tokyo.mcc.conversation;

import java.nio.file.Path;
import java.util.stream.Stream;

import jp.tokyo.mcc.router.trial.Dialogue;
import jp.tokyo.mcc.router.trial.DialogueRunner;
import jp.tokyo.mcc.conversation.dialogue.WebhookBot;
import jp.tokyo.mcc.conversation.internal.engine.ConversationStates;
import jp.tokyo.mcc.conversation.internal.library.FlowLibrary;
import jp.tokyo.mcc.support.AbstractBotIT;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every scripted dialogue of flows/tests/, end to end: signed webhooks in, the WireMock Messaging API out. */
class FlowDialoguesIT extends AbstractBotIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConversationStates store;

    @Autowired
    FlowLibrary library;

    @TestFactory
    Stream<DynamicTest> dialogues() {
        WebhookBot bot = new WebhookBot(port, jdbc, store, library);
        return Dialogue.all(Path.of("flows/tests")).stream()
                .map(d -> DynamicTest.dynamicTest(d.toString(), () -> DialogueRunner.run(d, bot)));
    }
}
