package jp.tokyo.mcc.conversation.dialogue;

import java.nio.file.Path;
import java.util.stream.Stream;

import jp.tokyo.mcc.router.trial.Dialogue;
import jp.tokyo.mcc.router.trial.DialogueRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every scripted dialogue of flows/tests/, in-process against the real engine and flow files (fast). */
class FlowDialoguesTest {

    @TestFactory
    Stream<DynamicTest> dialogues() {
        EngineBot bot = new EngineBot();
        return Dialogue.all(Path.of("flows/tests")).stream()
                .map(d -> DynamicTest.dynamicTest(d.toString(), () -> DialogueRunner.run(d, bot)));
    }
}
