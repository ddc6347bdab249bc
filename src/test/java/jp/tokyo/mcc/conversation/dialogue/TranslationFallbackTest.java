package jp.tokyo.mcc.conversation.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jp.tokyo.mcc.conversation.internal.ConversationProperties;
import jp.tokyo.mcc.conversation.internal.library.Translations;
import jp.tokyo.mcc.router.trial.Shown;
import jp.tokyo.mcc.shared.AdminFiles;
import jp.tokyo.mcc.shared.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A missing translation: the family reads the Japanese text (never an empty message), the administrators see it
 * (the library's report, with file and line), and it is counted ({@code mcc_translation_fallback_total}).
 */
class TranslationFallbackTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyOfTheFlowsWithoutTheEnglishMenu() throws IOException {
        Path flows = Path.of("flows");
        try (Stream<Path> files = Files.walk(flows)) {
            for (Path p : files.toList()) {
                Path target = dir.resolve(flows.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Path english = dir.resolve("languages/en/intake.yaml");
        String text = Files.readString(english);
        int from = text.indexOf("\n  menu:\n    say:");
        int to = text.indexOf("\n  discharge:");
        assertThat(from).isPositive();
        Files.writeString(english, text.substring(0, from) + text.substring(to));
    }

    @Test
    void theFamilyReadsTheJapaneseTextAndTheRestInEnglish() {
        EngineBot bot = new EngineBot(dir, ConversationProperties.defaults());
        String user = bot.newUser();
        bot.profileLanguage(user, "en");
        Shown welcome = bot.follow(user);
        assertThat(welcome.text()).contains("Tokyo Support Center").contains("どんなことでお困りですか");
        assertThat(welcome.messages()).allSatisfy(m -> assertThat(m.text()).isNotBlank());
        // the menu's choices have no translation either: Japanese labels, never empty ones
        assertThat(welcome.labels()).contains("退院後のこと").allSatisfy(l -> assertThat(l).isNotBlank());
        // what has a translation stays English
        assertThat(bot.text(user, "help").text()).contains("How to use this LINE");
    }

    @Test
    void theGapIsReportedWithFileAndLineAndCountedWhenSaid() {
        EngineBot bot = new EngineBot(dir, ConversationProperties.defaults());
        List<String> english = bot.library.translationGaps().get(Language.EN);
        assertThat(english).anySatisfy(g -> assertThat(g).startsWith("intake.yaml ").endsWith(": intake / menu"));
        assertThat(bot.library.translationGaps().get(Language.JA_EASY)).isEmpty();

        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Translations translations = new Translations(new AdminFiles(dir), registry);
        var live = translations.in(bot.library.live(), Language.EN);
        String japaneseMenu = live.flow("intake").orElseThrow().flow().state("menu").say().get(0);
        assertThat(japaneseMenu).contains("どんなことでお困りですか");
        translations.said(Language.EN, japaneseMenu);
        translations.said(Language.EN, live.flow("intake").orElseThrow().flow().state("discharge").say().get(0));
        assertThat(registry.get("mcc.translation.fallback").tag("language", "en").counter().count()).isEqualTo(1.0);
    }

    @Test
    void theShippedFilesAreFullyTranslated() {
        EngineBot bot = new EngineBot();
        assertThat(bot.library.translationGaps().get(Language.EN)).isEmpty();
        assertThat(bot.library.translationGaps().get(Language.JA_EASY)).isEmpty();
    }
}
