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
                .anySatisfy(p -> assertThat(p).contains("項目「a」").contains("id がこのファイルの中で重なっています"));
    }

    @Test
    void reportsMissingQuestionAndAnswer() {
        List<String> problems = problems("entries:\n  - id: a\n    reviewed: 2026-11-30\n");
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("question がありません"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("answer がありません"));
    }

    @Test
    void aQuestionMustFitOnAButton() {
        String twenty = "あいうえおかきくけこさしすせそたちつてと";
        assertThat(problems("entries:\n" + entry("a", twenty, "答え", ""))).isEmpty();
        assertThat(problems("entries:\n" + entry("a", twenty + "な", "答え", "")))
                .anySatisfy(p -> assertThat(p).contains("21 文字").contains("20 文字まで"));
    }

    @Test
    void reportsBadAndFutureDates() {
        assertThat(problems("entries:\n  - id: a\n    question: 質問\n    answer: 答え\n    reviewed: 2026-13-01\n"))
                .anySatisfy(p -> assertThat(p).contains("reviewed は 2026-04-01 のような日付です"));
        assertThat(problems("entries:\n  - id: a\n    question: 質問\n    answer: 答え\n    reviewed: 2027-05-01\n"))
                .anySatisfy(p -> assertThat(p).contains("reviewed が未来の日付です"));
        assertThat(problems("entries:\n  - id: a\n    question: 質問\n    answer: 答え\n"))
                .anySatisfy(p -> assertThat(p).contains("reviewed がありません"));
    }

    @Test
    void reportsUnknownFields() {
        assertThat(problems("entries:\n" + entry("a", "質問", "答え", "    anser: typo\n")))
                .anySatisfy(p -> assertThat(p).contains("知らないキー「anser」"));
        assertThat(problems("entries: []\nextra: 1\n")).anySatisfy(p -> assertThat(p).contains("知らないキー「extra」"));
    }

    @Test
    void reportsLongAnswersBadCategoriesLinksAndIds() {
        String longAnswer = "あ".repeat(5001);
        assertThat(problems("entries:\n" + entry("a", "質問", longAnswer, "")))
                .anySatisfy(p -> assertThat(p).contains("answer が 5,001 文字あります"));
        assertThat(problems("entries:\n" + entry("a", "質問", "答え", "    category: 天気\n")))
                .anySatisfy(p -> assertThat(p).contains("知らない category です"));
        assertThat(problems("entries:\n" + entry("a", "質問", "答え", "    link: javascript:alert(1)\n")))
                .anySatisfy(p -> assertThat(p).contains("link は https:// か http://"));
        assertThat(problems("entries:\n" + entry("Bad Id", "質問", "答え", "")))
                .anySatisfy(p -> assertThat(p).contains("id は英小文字・数字・-"));
    }

    @Test
    void reportsBrokenYamlWithoutQuotingIt() {
        List<String> problems = problems("entries:\n  - id: a\n    question: [秘密の文\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p).contains("YAMLとして読めません");
            assertThat(p).doesNotContain("秘密");
        });
        assertThat(problems("")).anySatisfy(p -> assertThat(p).contains("ファイルが空です"));
        assertThat(problems("- just a list\n")).anySatisfy(p -> assertThat(p).contains("entries: を書きます"));
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
                .hasSize(2).allSatisfy(p -> assertThat(p).contains("言いかえのグループは"));
        assertThat(problems("synonyms: 短期入所\nentries: []\n")).singleElement()
                .satisfies(p -> assertThat(p).contains("synonyms は、言葉の一覧の一覧で"));
        assertThat(problems("entries:\n" + entry("a", "質問", "答え", "    former-ids: [a]\n")))
                .anySatisfy(p -> assertThat(p).contains("former-ids"));
        assertThat(problems("entries:\n" + entry("a", "質問", "答え", "    sources: 本\n")))
                .anySatisfy(p -> assertThat(p).contains("sources は一覧で書きます"));
    }
}
