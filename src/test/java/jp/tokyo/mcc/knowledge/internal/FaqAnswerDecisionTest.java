package jp.tokyo.mcc.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tokyo.mcc.knowledge.FaqAnswer;
import jp.tokyo.mcc.knowledge.FaqEntry;

/** The decision over a small FAQ: one clear answer, two or three close candidates, or nothing; synonyms as data. */
class FaqAnswerDecisionTest {

    private static final LocalDate REVIEWED = LocalDate.of(2026, 11, 30);
    private static final double THRESHOLD = 0.5;
    private static final double MARGIN = 0.3;

    private static FaqEntry entry(String id, String question, List<String> alternatives, String answer) {
        return new FaqEntry(id, question, alternatives, answer, null, null, REVIEWED);
    }

    private final FaqIndex index = new FaqIndex(List.of(
            entry("short-stay", "短期入所とは？", List.of("施設に泊まりで預けたい"), "施設で短い間あずかります。"),
            entry("home-respite", "在宅レスパイトとは？", List.of("家で看護師さんにケアを代わってもらう"),
                    "訪問看護師がおうちでケアを代わります。"),
            entry("parent-rest", "介護を休みたいときは？", List.of("レスパイトを使いたい", "少し休みたい"),
                    "在宅レスパイトや短期入所があります。"),
            entry("day-service", "放課後等デイサービスとは？", List.of("学校のあとに通うところ"), "学校のあとに通います。"),
            entry("hours", "受付時間は？", List.of("何時までやっていますか"), "平日9時から17時です。")),
            new FaqSynonyms(List.of(List.of("短期入所", "ショートステイ", "たんきにゅうしょ"),
                    List.of("放課後等デイサービス", "放課後デイ", "放デイ", "ほうかごでい"))),
            new JapaneseAnalysis());

    private FaqAnswer answer(String text) {
        return index.answer(text, THRESHOLD, MARGIN);
    }

    @Test
    void oneEntryThatClearlyWinsIsTheAnswer() {
        assertThat(answer("受付時間を教えてください")).isEqualTo(new FaqAnswer.Clear(index.entry("hours").orElseThrow()));
        assertThat(answer("短期入所")).isInstanceOf(FaqAnswer.Clear.class)
                .extracting(a -> a.entries().get(0).id()).isEqualTo("short-stay");
    }

    @Test
    void synonymsAndReadingsFromTheFilesMeetTheEntry() {
        for (String text : List.of("ショートステイ", "しょーとすてい", "ｼｮｰﾄｽﾃｲを使いたい", "たんきにゅうしょ")) {
            assertThat(answer(text).entries()).as(text).first().extracting(FaqEntry::id).isEqualTo("short-stay");
        }
        for (String text : List.of("放デイ", "ほうかごでい", "放課後デイを探しています")) {
            assertThat(answer(text)).as(text).isInstanceOf(FaqAnswer.Clear.class);
            assertThat(answer(text).entries().get(0).id()).as(text).isEqualTo("day-service");
        }
    }

    @Test
    void withoutTheSynonymsTheSameWordsFindNothing() {
        FaqIndex plain = new FaqIndex(index.entries(), new JapaneseAnalysis());
        assertThat(plain.answer("放デイ", THRESHOLD, MARGIN)).isInstanceOf(FaqAnswer.Nothing.class);
    }

    @Test
    void genuinelyAmbiguousWordsOfferTwoOrThreeCandidates() {
        FaqAnswer respite = answer("レスパイト");
        assertThat(respite).isInstanceOf(FaqAnswer.Ambiguous.class);
        assertThat(respite.entries()).hasSizeBetween(2, 3)
                .extracting(FaqEntry::id).contains("home-respite", "parent-rest");
    }

    @Test
    void nothingFitsForUnrelatedWords() {
        for (String text : List.of("今日の天気は？", "ラーメン屋さん", "ねこのことをそうだんしたい", "", "。。。")) {
            assertThat(answer(text)).as(text).isInstanceOf(FaqAnswer.Nothing.class);
        }
    }

    @Test
    void formerIdsStillFindTheirEntry() {
        FaqEntry renamed = new FaqEntry("center-hours", "受付時間は？", List.of(), "平日です。", null, null, REVIEWED,
                List.of("センターのリーフレット"), List.of("hours"));
        FaqIndex withFormer = new FaqIndex(List.of(renamed), new JapaneseAnalysis());
        assertThat(withFormer.entry("hours")).contains(renamed);
        assertThat(withFormer.entry("center-hours")).contains(renamed);
        assertThat(withFormer.entries()).containsExactly(renamed);
    }

    @Test
    void synonymReplacementTakesTheLongestVariantAndKeepsTheRest() {
        FaqSynonyms synonyms = new FaqSynonyms(List.of(List.of("短期入所", "ショート", "ショートステイ")));
        assertThat(synonyms.canonical("ショートステイを使いたい")).isEqualTo("短期入所を使いたい");
        assertThat(synonyms.canonical("しょーとすていとショート")).isEqualTo("短期入所と短期入所");
        assertThat(synonyms.canonical("訪問看護")).isEqualTo("訪問看護");
    }
}
