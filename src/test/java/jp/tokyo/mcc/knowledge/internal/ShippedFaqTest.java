package jp.tokyo.mcc.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tokyo.mcc.knowledge.FaqAnswer;
import jp.tokyo.mcc.knowledge.FaqEntry;
import jp.tokyo.mcc.shared.AdminFiles;

/** The FAQ shipped in {@code flows/faq/}: its rules, and the questions families were left without before. */
class ShippedFaqTest {

    /** Amounts and percentages: what a municipality decides is never stated as a number. */
    private static final Pattern AMOUNT = Pattern.compile("[0-9０-９,，]+\\s*(円|割|%|％)|[0-9０-９]+万");

    private static FaqFiles.Snapshot snapshot;
    private static FaqIndex index;
    private static final KnowledgeProperties SETTINGS = KnowledgeProperties.defaults();

    @BeforeAll
    static void load() {
        snapshot = new FaqFiles(new AdminFiles(Path.of("flows"))).read(LocalDate.now());
        index = new FaqIndex(snapshot.usable(), snapshot.synonyms(), new JapaneseAnalysis());
    }

    @Test
    void everyFileGoesLiveWithAtLeastSixtyEntries() {
        assertThat(snapshot.problems()).isEmpty();
        assertThat(snapshot.usable()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(snapshot.synonyms().groups()).isNotEmpty();
    }

    @Test
    void everyEntryNamesItsSourcesAndWhenItWasChecked() {
        for (FaqEntry e : snapshot.usable()) {
            assertThat(e.sources()).as(e.id()).isNotEmpty();
            assertThat(e.reviewed()).as(e.id()).isAfterOrEqualTo(LocalDate.of(2026, 12, 1));
        }
    }

    @Test
    void noAnswerStatesAnAmount() {
        for (FaqEntry e : snapshot.usable()) {
            assertThat(AMOUNT.matcher(e.answer()).find()).as(e.id() + ": " + e.answer()).isFalse();
        }
    }

    @Test
    void theOldEntryIdsStillExist() {
        // buttons sent before this FAQ grew carry these ids
        for (String id : List.of("center-about", "center-free", "center-how-it-helps", "center-topics", "center-which",
                "center-locations", "center-phone", "center-hours", "center-contact", "coordinator",
                "not-for-emergencies", "topic-discharge", "topic-work", "topic-disaster", "topic-school",
                "topic-siblings", "topic-services", "topic-where-to-ask", "topic-worries")) {
            assertThat(index.entry(id)).as(id).isPresent();
        }
    }

    private static String clearAnswer(String text) {
        FaqAnswer answer = index.answer(text, SETTINGS.confidenceThreshold(), SETTINGS.clearMargin());
        assertThat(answer).as(text).isInstanceOf(FaqAnswer.Clear.class);
        return answer.entries().get(0).id();
    }

    @Test
    void whatNewFamiliesAskedIsAnsweredDirectly() {
        assertThat(clearAnswer("訪問看護を探したい")).isEqualTo("home-nursing");
        assertThat(clearAnswer("ショートステイ")).isEqualTo("short-stay");
        assertThat(clearAnswer("日常生活用具")).isEqualTo("daily-equipment");
        assertThat(clearAnswer("放課後等デイサービス")).isEqualTo("after-school-day");
        FaqAnswer respite = index.answer("レスパイト", SETTINGS.confidenceThreshold(), SETTINGS.clearMargin());
        assertThat(respite.entries()).extracting(FaqEntry::id).contains("home-respite", "short-stay");
    }

    @Test
    void disasterPreparationQuestionsHandedOnByTheSafetyNetAreAnswered() {
        assertThat(clearAnswer("停電に備えて")).isEqualTo("disaster-power");
        assertThat(clearAnswer("非常用電源")).isEqualTo("disaster-power");
        assertThat(clearAnswer("個別避難計画")).isEqualTo("disaster-plan");
        assertThat(clearAnswer("人工呼吸器の災害対策")).isEqualTo("disaster-ventilator");
    }
}
