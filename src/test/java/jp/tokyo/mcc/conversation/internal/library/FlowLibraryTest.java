package jp.tokyo.mcc.conversation.internal.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import jp.tokyo.mcc.conversation.FlowProblem;
import jp.tokyo.mcc.conversation.dialogue.EngineBot;
import jp.tokyo.mcc.router.trial.Shown;
import jp.tokyo.mcc.conversation.internal.ConversationProperties;
import jp.tokyo.mcc.shared.AdminFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flow files change while the bot runs: good changes go live, broken ones never do, conversations keep their version. */
class FlowLibraryTest {

    @TempDir
    Path dir;

    final InMemoryFlowSources sources = new InMemoryFlowSources();

    @BeforeEach
    void copyTheShippedFlows() throws IOException {
        for (String f : new String[] {"intake.yaml", "handoff.yaml", "centers.yaml"}) {
            Files.copy(Path.of("flows", f), dir.resolve(f));
        }
    }

    FlowLibrary library() {
        return new FlowLibrary(new AdminFiles(dir), sources, ConversationProperties.defaults());
    }

    void edit(String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String text = Files.readString(p);
        assertThat(text).contains(from);
        Files.writeString(p, text.replace(from, to));
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().plusSeconds(Files.getLastModifiedTime(p).toMillis() % 7 + 1)));
    }

    @Test
    void aChangedFileGoesLiveWithoutRestart() throws IOException {
        FlowLibrary library = library();
        String before = library.liveVersions().get("intake");
        assertThat(library.reloadIfChanged()).isFalse();
        edit("intake.yaml", "そのほかのことも、どうぞご相談ください。", "ほかのことも、なんでもご相談ください。");
        new FlowReloader(library, null, ConversationProperties.defaults()).check();
        assertThat(library.liveVersions().get("intake")).isNotEqualTo(before);
        assertThat(library.live().flow("intake").orElseThrow().flow().state("other").say())
                .containsExactly("ほかのことも、なんでもご相談ください。");
        assertThat(library.problems()).isEmpty();
    }

    @Test
    void aBrokenFileNeverGoesLiveTheLastGoodVersionStaysAndTheReasonIsKept() throws IOException {
        FlowLibrary library = library();
        String good = library.liveVersions().get("handoff");
        edit("handoff.yaml", "to: intake:menu", "to: intake:menuu");
        assertThat(library.reloadIfChanged()).isTrue();
        assertThat(library.liveVersions()).containsEntry("handoff", good);
        assertThat(library.problems()).extracting(FlowProblem::toString)
                .anyMatch(p -> p.startsWith("handoff.yaml:") && p.contains("行き先「intake:menuu」がありません"))
                .anyMatch(p -> p.contains("handoff.yaml") && p.contains("前の正しい版のまま動いています"));
        // fixed again: the new text goes live and the problems are gone
        edit("handoff.yaml", "to: intake:menuu", "to: intake:menu");
        library.reloadIfChanged();
        assertThat(library.problems()).isEmpty();
    }

    @Test
    void aFileThatBreaksAnotherFlowIsRefusedToo() throws IOException {
        FlowLibrary library = library();
        String good = library.liveVersions().get("handoff");
        edit("handoff.yaml", "  start:\n", "  begin:\n");
        library.reloadIfChanged();
        assertThat(library.liveVersions()).containsEntry("handoff", good);
        assertThat(library.problems()).extracting(FlowProblem::toString)
                .anyMatch(p -> p.contains("handoff.yaml") && p.contains("公開されていません"));
    }

    @Test
    void theLastGoodVersionSurvivesARestart() throws IOException {
        String good = library().liveVersions().get("intake");
        edit("intake.yaml", "    choices:\n      - { label: 退院後のこと", "    chioces:\n      - { label: 退院後のこと");
        FlowLibrary afterRestart = library();
        assertThat(afterRestart.liveVersions()).containsEntry("intake", good);
        assertThat(afterRestart.problems()).extracting(FlowProblem::toString)
                .anyMatch(p -> p.contains("状態 に知らないキー「chioces」があります（「choices」のまちがいですか？）"));
    }

    @Test
    void withoutAnyGoodVersionTheReasonIsGiven() throws IOException {
        edit("intake.yaml", "start: welcome", "start: welcom");
        FlowLibrary library = library();
        assertThat(library.liveVersions()).doesNotContainKey("intake");
        assertThat(library.problems()).extracting(FlowProblem::toString)
                .anyMatch(p -> p.contains("start の「welcom」は、このフローの状態にありません"))
                .anyMatch(p -> p.contains("前の正しい版がありません"));
    }

    @Test
    void aConversationUnderWayKeepsItsVersionNewOnesGetTheNewOne() throws IOException {
        EngineBot bot = new EngineBot(dir, ConversationProperties.defaults());
        bot.follow("Uearly");
        Shown asked = bot.text("Uearly", "退院後のこと");
        assertThat(asked.text()).contains("お住まいの区市町村");
        edit("intake.yaml", "にお住まいの方のご相談先です。", "の方の相談窓口はこちらです。");
        assertThat(bot.library.reloadIfChanged()).isTrue();

        assertThat(bot.text("Uearly", "八王子市").text()).contains("八王子市にお住まいの方のご相談先です。");
        bot.follow("Ulate");
        bot.text("Ulate", "退院後のこと");
        assertThat(bot.text("Ulate", "八王子市").text()).contains("八王子市の方の相談窓口はこちらです。");

        // also after a restart: the old version comes from the stored sources
        edit("intake.yaml", "の方の相談窓口はこちらです。", "の方は、こちらにご相談ください。");
        bot.library.reloadIfChanged();
        bot.follow("Uearly2");
        bot.text("Uearly2", "退院後のこと");
        edit("intake.yaml", "の方は、こちらにご相談ください。", "の方のご相談先（新しい版）です。");
        bot.restart();
        assertThat(bot.text("Uearly2", "八王子市").text()).contains("八王子市の方は、こちらにご相談ください。");
    }
}
