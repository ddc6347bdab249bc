package jp.tokyo.mcc.conversation.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.directory.internal.DirectoryProperties;
import jp.tokyo.mcc.directory.internal.DirectoryService;
import jp.tokyo.mcc.knowledge.FaqEntry;
import jp.tokyo.mcc.line.OutgoingMessage;
import jp.tokyo.mcc.line.OutgoingMessages;
import jp.tokyo.mcc.shared.AdminFiles;
import jp.tokyo.mcc.support.LineOpenApi;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every card the shipped files make — both centers', and every FAQ answer that becomes one — is a Flex message LINE's
 * OpenAPI spec accepts and within LINE's limits (altText, labels, links, 30 KB), and says only what its file says.
 */
class CardsWithinLinesLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static Texts texts() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/conversation");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new Texts(messages);
    }

    private static List<String> problems(LineOpenApi spec, FlexCard card) throws IOException {
        ObjectNode message = JSON.createObjectNode().put("type", "flex").put("altText", card.altText());
        message.set("contents", JSON.readTree(card.contents()));
        OutgoingMessages.check(new OutgoingMessage.Card(card.altText(), card.contents(), List.of()));
        return spec.problems("Message", message);
    }

    @Test
    void bothCentersCardsAreValidAndSayWhatCentersYamlSays() throws IOException {
        LineOpenApi spec = LineOpenApi.load();
        DirectoryService directory = new DirectoryService(new AdminFiles(Path.of("flows")),
                new DirectoryProperties(Duration.ofHours(1)));
        for (CenterId id : CenterId.values()) {
            var center = directory.center(id);
            FlexCard card = CenterCards.of(center, texts());
            assertThat(problems(spec, card)).as(id.code()).isEmpty();
            assertThat(card.contents()).contains(center.name(), center.address(), center.hours(),
                    "tel:" + center.phone().replace("-", ""));
            assertThat(card.altText()).contains(center.name(), center.phone());
        }
    }

    @Test
    void everyFaqAnswerThatBecomesACardIsValid() throws IOException {
        LineOpenApi spec = LineOpenApi.load();
        List<String> carded = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("flows", "faq"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode e : YAML.readTree(file.toFile()).path("entries")) {
                    List<String> sources = new ArrayList<>();
                    e.path("sources").forEach(s -> sources.add(s.asText()));
                    FaqEntry entry = new FaqEntry(e.path("id").asText(), e.path("question").asText(), List.of(),
                            e.path("answer").asText(), null, e.hasNonNull("link") ? e.get("link").asText() : null,
                            e.hasNonNull("reviewed") ? LocalDate.parse(e.get("reviewed").asText()) : null, sources,
                            List.of());
                    var card = FaqCards.of(entry, entry.answer(), texts());
                    if (card.isPresent()) {
                        carded.add(entry.id());
                        assertThat(problems(spec, card.get())).as(entry.id()).isEmpty();
                        assertThat(card.get().contents()).as(entry.id()).contains(JSON.writeValueAsString(
                                entry.answer().strip()).replaceAll("^\"|\"$", ""));
                    }
                }
            }
        }
        // the answers with #7119, #8000 and the crisis lines are among them
        assertThat(carded).hasSizeGreaterThan(3);
    }

    /** The FAQ answers and the centers' cards in English and やさしい日本語: valid too, in their language's words. */
    @Test
    void theTranslatedFaqAnswersAndCardsAreValid() throws IOException {
        LineOpenApi spec = LineOpenApi.load();
        DirectoryService directory = new DirectoryService(new AdminFiles(Path.of("flows")),
                new DirectoryProperties(Duration.ofHours(1)));
        for (jp.tokyo.mcc.shared.Language language : List.of(jp.tokyo.mcc.shared.Language.EN,
                jp.tokyo.mcc.shared.Language.JA_EASY)) {
            Texts texts = texts().in(language);
            for (CenterId id : CenterId.values()) {
                FlexCard card = CenterCards.of(directory.center(id), texts);
                assertThat(problems(spec, card)).as(language + " " + id.code()).isEmpty();
            }
            assertThat(CenterCards.of(directory.center(CenterId.KUBU), texts).contents())
                    .contains(language == jp.tokyo.mcc.shared.Language.EN ? "Call" : "電話する");
            int carded = 0;
            Path file = Path.of("flows", "languages", language.code(), "faq.yaml");
            var entries = YAML.readTree(file.toFile()).path("entries").fields();
            while (entries.hasNext()) {
                var e = entries.next();
                FaqEntry entry = new FaqEntry(e.getKey(), e.getValue().path("question").asText(), List.of(),
                        e.getValue().path("answer").asText(), null, null, null, List.of("a source"), List.of());
                var card = FaqCards.of(entry, entry.answer(), texts);
                if (card.isPresent()) {
                    carded++;
                    assertThat(problems(spec, card.get())).as(language + " " + entry.id()).isEmpty();
                } else {
                    OutgoingMessages.check(new OutgoingMessage.Text(entry.answer(), List.of()));
                }
                assertThat(entry.answer()).as(entry.id()).isNotBlank();
            }
            assertThat(carded).as(language.code()).isPositive();
        }
    }
}
