package jp.tokyo.mcc.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class FaqFileReaderTest {

    private final FaqFileReader reader = new FaqFileReader(LocalDate.of(2026, 12, 1));

    private static String entry(String id, String question, String answer, String extra) {
        return "  - id: " + id + "\n    question: " + question + "\n    answer: " + answer + "\n"
                + "    reviewed: 2026-11-30\n" + extra;
    }

    private List<String> problems(String yaml) {
        return reader.read("faq/test.yaml", yaml).problems().stream().map(FaqProblem::toString).toList();
    }

    @Test
    void readsAGoodEntry() {
        FaqFileReader.Result result = reader.read("faq/test.yaml", "entries:\n"
                + entry("hours", "受付時間は？", "月曜日～金曜日です。",
                "    alternatives: [何時まで, 土日は]\n    category: センターについて\n    link: https://example.org/a\n"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.entries()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("hours");
            assertThat(e.alternatives()).containsExactly("何時まで", "土日は");
            assertThat(e.reviewed()).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(e.link()).isEqualTo("https://example.org/a");
        });
    }

    @Test
    void reportsDuplicateIds() {
        assertThat(problems("entries:\n" + entry("a", "質問", "答え", "") + entry("a", "質問2", "答え2", "")))
                .anySatisfy(p -> assertThat(p).contains("entry 'a'").contains("duplicate id"));
    }

    @Test
    void reportsMissingQuestionAndAnswer() {
        List<String> problems = problems("entries:\n  - id: a\n    reviewed: 2026-11-30\n");
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("'question' is missing"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("'answer' is missing"));
    }

    @Test
    void aQuestionMustFitOnAButton() {
        String twenty = "あいうえおかきくけこさしすせそたちつてと";
        assertThat(problems("entries:\n" + entry("a", twenty, "答え", ""))).isEmpty();
        assertThat(problems("entries:\n" + entry("a", twenty + "な", "答え", "")))
                .anySatisfy(p -> assertThat(p).contains("21 characters").contains("at most 20"));
    }

    @Test
    void reportsBadAndFutureDates() {
        assertThat(problems("entries:\n  - id: a\n    question: 質問\n    answer: 答え\n    reviewed: 2026-13-01\n"))
                .anySatisfy(p -> assertThat(p).contains("'reviewed' must be a date"));
        assertThat(problems("entries:\n  - id: a\n    question: 質問\n    answer: 答え\n    reviewed: 2027-05-01\n"))
                .anySatisfy(p -> assertThat(p).contains("'reviewed' is in the future"));
        assertThat(problems("entries:\n  - id: a\n    question: 質問\n    answer: 答え\n"))
                .anySatisfy(p -> assertThat(p).contains("'reviewed' is missing"));
    }

    @Test
    void reportsUnknownFields() {
        assertThat(problems("entries:\n" + entry("a", "質問", "答え", "    anser: typo\n")))
                .anySatisfy(p -> assertThat(p).contains("unknown field 'anser'"));
        assertThat(problems("entries: []\nextra: 1\n")).anySatisfy(p -> assertThat(p).contains("unknown field 'extra'"));
    }

    @Test
    void reportsLongAnswersBadCategoriesLinksAndIds() {
        String longAnswer = "あ".repeat(5001);
        assertThat(problems("entries:\n" + entry("a", "質問", longAnswer, "")))
                .anySatisfy(p -> assertThat(p).contains("'answer' is 5001 characters"));
        assertThat(problems("entries:\n" + entry("a", "質問", "答え", "    category: 天気\n")))
                .anySatisfy(p -> assertThat(p).contains("unknown 'category'"));
        assertThat(problems("entries:\n" + entry("a", "質問", "答え", "    link: javascript:alert(1)\n")))
                .anySatisfy(p -> assertThat(p).contains("'link' must be a web address"));
        assertThat(problems("entries:\n" + entry("Bad Id", "質問", "答え", "")))
                .anySatisfy(p -> assertThat(p).contains("'id' must be lower-case"));
    }

    @Test
    void reportsBrokenYamlWithoutQuotingIt() {
        List<String> problems = problems("entries:\n  - id: a\n    question: [秘密の文\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p).contains("not valid YAML");
            assertThat(p).doesNotContain("秘密");
        });
        assertThat(problems("")).anySatisfy(p -> assertThat(p).contains("empty"));
        assertThat(problems("- just a list\n")).anySatisfy(p -> assertThat(p).contains("'entries:'"));
    }

    @Test
    void readsSourcesFormerIdsAndSynonyms() {
        FaqFileReader.Result result = reader.read("faq/test.yaml", "synonyms:\n  - [短期入所, ショートステイ]\nentries:\n"
                + entry("short-stay", "短期入所とは？", "施設であずかります。",
                "    sources: [https://example.org/short-stay]\n    former-ids: [shortstay]\n"));
        assertThat(result.problems()).isEmpty();
        assertThat(result.synonyms()).containsExactly(List.of("短期入所", "ショートステイ"));
        assertThat(result.entries()).singleElement().satisfies(e -> {
            assertThat(e.sources()).containsExactly("https://example.org/short-stay");
            assertThat(e.formerIds()).containsExactly("shortstay");
        });
        assertThat(reader.read("faq/words.yaml", "synonyms:\n  - [放デイ, 放課後デイ]\n").problems()).isEmpty();
    }

    @Test
    void reportsBadSynonymsAndFormerIds() {
        assertThat(problems("synonyms:\n  - [ひとつだけ]\n  - 言葉\nentries: []\n"))
                .hasSize(2).allSatisfy(p -> assertThat(p).contains("synonym group"));
        assertThat(problems("synonyms: 短期入所\nentries: []\n")).singleElement()
                .satisfies(p -> assertThat(p).contains("'synonyms' must be a list"));
        assertThat(problems("entries:\n" + entry("a", "質問", "答え", "    former-ids: [a]\n")))
                .anySatisfy(p -> assertThat(p).contains("former-ids"));
        assertThat(problems("entries:\n" + entry("a", "質問", "答え", "    sources: 本\n")))
                .anySatisfy(p -> assertThat(p).contains("'sources' must be a list"));
    }
}
