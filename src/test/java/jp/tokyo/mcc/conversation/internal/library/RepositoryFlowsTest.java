package jp.tokyo.mcc.conversation.internal.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;


import jp.tokyo.mcc.conversation.internal.ConversationProperties;
import jp.tokyo.mcc.shared.AdminFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void theFullExampleOfTheReadmeIsAValidFlow(@TempDir Path dir) throws IOException {
        String readme = Files.readString(Path.of("flows/README.md"));
        int section = readme.indexOf("例：小さな流れ全体");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        String example = readme.substring(start, readme.indexOf("```", start));
        for (String f : new String[] {"intake.yaml", "handoff.yaml"}) {
            Files.copy(Path.of("flows", f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("school.yaml"), example);
        FlowLibrary library = new FlowLibrary(new AdminFiles(dir), new InMemoryFlowSources(),
                ConversationProperties.defaults());
        assertThat(library.problems()).isEmpty();
        assertThat(library.liveVersions()).containsKey("school");
    }
}
