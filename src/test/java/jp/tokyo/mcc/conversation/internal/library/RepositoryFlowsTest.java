package jp.tokyo.mcc.conversation.internal.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import jp.tokyo.mcc.conversation.internal.ConversationProperties;
import jp.tokyo.mcc.shared.AdminFiles;
import org.junit.jupiter.api.Test;

/** The flow files in the repository's flows/ folder pass the validator (run this after editing them). */
class RepositoryFlowsTest {

    @Test
    void everyFlowFileIsValidAndLive() {
        FlowLibrary library = new FlowLibrary(new AdminFiles(Path.of("flows")), new InMemoryFlowSources(),
                ConversationProperties.defaults());
        FlowLibrary.Live live = library.live();
        assertThat(live.problems()).as("problems in flows/*.yaml").isEmpty();
        assertThat(live.flows()).containsKeys("intake", "handoff");
        assertThat(live.commands()).containsKeys("menu", "counsellor", "help");
    }
}
