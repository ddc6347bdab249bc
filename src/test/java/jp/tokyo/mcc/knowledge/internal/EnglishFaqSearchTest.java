package jp.tokyo.mcc.knowledge.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.knowledge.FaqAnswer;
import jp.tokyo.mcc.knowledge.FaqEntry;
import jp.tokyo.mcc.shared.AdminFiles;
import jp.tokyo.mcc.shared.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * English questions over the shipped FAQ (flows/languages/en/faq.yaml). The questions below are written for this
 * test, not copied from the file's questions or other ways to ask (a held-out set): each must find its entry, as the
 * clear answer or among the close ones; unrelated English finds nothing; and the answer reads in English.
 */
class EnglishFaqSearchTest {

    static FaqKnowledgeBase faq;

    @BeforeAll
    static void load() {
        faq = new FaqKnowledgeBase(new AdminFiles(Path.of("flows")), new FaqFeedbackReplies(null),
                KnowledgeProperties.defaults());
    }

    static final Map<String, String> HELD_OUT = Map.ofEntries(
            Map.entry("Do I need to pay for the consultation?", "center-free"),
            Map.entry("What are your hours on weekdays?", "center-hours"),
            Map.entry("What is the telephone number of the Tama center?", "center-phone"),
            Map.entry("We live in Hachioji, which center should we contact?", "center-which"),
            Map.entry("Can a visiting nurse come to our house?", "home-nursing"),
            Map.entry("Is there an allowance for families of disabled children?", "allowance"),
            Map.entry("How can we prepare for a blackout with a ventilator battery?", "disaster-power"),
            Map.entry("My child is sick at night, who can I call?", "emergency-8000"),
            Map.entry("Can my daughter attend nursery with tube feeding?", "nursery-care"),
            Map.entry("Can you look after my son for a few nights?", "short-stay"),
            Map.entry("What is the 171 dial?", "disaster-171"),
            Map.entry("How do I get a wheelchair?", "assistive-devices"),
            Map.entry("We are moving to Osaka", "moving"),
            Map.entry("What does a care coordinator do?", "coordinator"),
            Map.entry("Where is the center located?", "center-locations"));

    @Test
    void heldOutEnglishQuestionsFindTheirEntry() {
        List<String> missed = new ArrayList<>();
        HELD_OUT.forEach((question, id) -> {
            FaqAnswer answer = faq.answer(question);
            if (answer.entries().stream().noneMatch(e -> e.id().equals(id))) {
                missed.add(question + " -> " + answer.entries().stream().map(FaqEntry::id).toList());
            }
        });
        System.out.println("English FAQ, held-out questions found: " + (HELD_OUT.size() - missed.size()) + "/"
                + HELD_OUT.size() + (missed.isEmpty() ? "" : " missed " + missed));
        // a quality figure with room for the odd miss: at least 13 of the 15
        assertThat(missed).as("missed").hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void unrelatedEnglishFindsNothing() {
        for (String text : List.of("What is the weather tomorrow?", "I like football", "Recommend a good restaurant")) {
            assertThat(faq.answer(text)).as(text).isInstanceOf(FaqAnswer.Nothing.class);
        }
    }

    @Test
    void theAnswerReadsInTheFamilysLanguage() {
        FaqEntry free = faq.entry("center-free").orElseThrow();
        assertThat(faq.in(free, Language.EN).answer()).startsWith("Consultations are free");
        assertThat(faq.in(free, Language.JA_EASY).answer()).startsWith("相談は お金が かかりません");
        assertThat(faq.in(free, Language.JA).answer()).startsWith("相談費用は無料です");
        assertThat(faq.translated(free, Language.EN)).isTrue();
        FaqEntry techo = faq.entry("ai-no-techo").orElseThrow();
        assertThat(faq.in(techo, Language.JA_EASY).answer()).startsWith("愛の手帳は");
        assertThat(faq.translationGaps().get(Language.EN)).isEmpty();
        assertThat(faq.translationGaps().get(Language.JA_EASY)).isEmpty();
    }

    @Test
    void anEntryWithoutItsTranslationIsAnsweredInJapaneseAndListed(@TempDir Path dir) throws IOException {
        // the shipped files with one やさしい日本語 entry taken out
        Path flows = Path.of("flows");
        try (Stream<Path> files = Files.walk(flows)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = dir.resolve(flows.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        Path easy = dir.resolve("languages/ja-easy/faq.yaml");
        List<String> kept = new ArrayList<>();
        boolean skipping = false;
        for (String line : Files.readAllLines(easy)) {
            if (line.matches("  [a-z0-9-]+:\\s*")) {
                skipping = line.trim().equals("ai-no-techo:");
            }
            if (!skipping) {
                kept.add(line);
            }
        }
        Files.write(easy, kept);
        FaqKnowledgeBase partial = new FaqKnowledgeBase(new AdminFiles(dir), new FaqFeedbackReplies(null),
                KnowledgeProperties.defaults());

        FaqEntry techo = partial.entry("ai-no-techo").orElseThrow();
        assertThat(partial.translated(techo, Language.JA_EASY)).isFalse();
        assertThat(partial.in(techo, Language.JA_EASY).answer()).isEqualTo(techo.answer());
        assertThat(partial.translationGaps().get(Language.JA_EASY)).hasSize(1);
        assertThat(partial.translated(partial.entry("center-free").orElseThrow(), Language.JA_EASY)).isTrue();
    }
}
