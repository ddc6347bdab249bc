package jp.tokyo.mcc.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tokyo.mcc.knowledge.FaqEntry;
import jp.tokyo.mcc.shared.AdminFiles;

/** Start-up, reload on change and the last good index, over a temporary flows folder. */
class FaqKnowledgeBaseTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneId.of("Asia/Tokyo"));

    @TempDir
    Path flows;

    private static String entry(String id, String question, String answer) {
        return "  - id: " + id + "\n    question: " + question + "\n    answer: " + answer
                + "\n    reviewed: 2026-11-30\n";
    }

    private void write(String name, String content) throws IOException {
        Path file = flows.resolve("faq").resolve(name);
        Files.createDirectories(file.getParent());
        boolean existed = Files.exists(file);
        FileTime before = existed ? Files.getLastModifiedTime(file) : null;
        Files.writeString(file, content);
        if (before != null) {
            // make sure the change is visible even on coarse file-system clocks
            Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000));
        }
    }

    private FaqKnowledgeBase knowledgeBase() {
        return new FaqKnowledgeBase(new AdminFiles(flows), new FaqFeedbackReplies(null),
                KnowledgeProperties.defaults(), CLOCK);
    }

    private static String top(FaqKnowledgeBase kb, String text) {
        return kb.search(text, 1).stream().findFirst().map(h -> h.entry().id()).orElse(null);
    }

    @Test
    void rebuildsTheIndexWhenAFileChanges() throws IOException {
        write("a.yaml", "entries:\n" + entry("hours", "受付時間は？", "9時から17時です。"));
        FaqKnowledgeBase kb = knowledgeBase();
        assertThat(top(kb, "受付時間を知りたい")).isEqualTo("hours");
        assertThat(kb.entry("phone")).isEmpty();

        write("a.yaml", "entries:\n" + entry("hours", "受付時間は？", "9時から17時です。")
                + entry("phone", "電話番号は？", "センターにお電話ください。"));
        kb.reloadIfChanged();
        assertThat(kb.entry("phone")).map(FaqEntry::question).contains("電話番号は？");
        assertThat(top(kb, "でんわばんごう")).isEqualTo("phone");

        write("b.yaml", "entries:\n" + entry("cost", "相談は無料？", "無料です。"));
        kb.reloadIfChanged();
        assertThat(top(kb, "相談は無料ですか")).isEqualTo("cost");

        Files.delete(flows.resolve("faq/b.yaml"));
        kb.reloadIfChanged();
        assertThat(kb.entry("cost")).isEmpty();
    }

    @Test
    void aBrokenFileNeverGoesLiveAndTheLastGoodIndexStays() throws IOException {
        write("a.yaml", "entries:\n" + entry("hours", "受付時間は？", "9時から17時です。"));
        FaqKnowledgeBase kb = knowledgeBase();

        // too long a question, and a duplicate id in another file
        write("a.yaml", "entries:\n" + entry("hours", "受付時間は何時から何時までか教えてください？", "変更後"));
        write("b.yaml", "entries:\n" + entry("hours", "重複", "答え"));
        assertThat(kb.reload()).isFalse();
        assertThat(kb.entry("hours")).map(FaqEntry::answer).contains("9時から17時です。");
        assertThat(top(kb, "受付時間")).isEqualTo("hours");
        // the administrators' status page says what is live and why the files are not
        assertThat(kb.adminFileStatus()).singleElement().satisfies(status -> {
            assertThat(status.id()).isEqualTo("faq");
            assertThat(status.liveItems()).isEqualTo(1);
            assertThat(status.loadedAt()).isEqualTo(CLOCK.instant());
            assertThat(status.problems()).isNotEmpty()
                    .anySatisfy(p -> assertThat(p).startsWith("faq/a.yaml 項目「hours」").contains("20 文字まで"))
                    .noneMatch(p -> p.contains("受付時間は何時から"));
        });

        // broken YAML: still the last good index
        write("a.yaml", "entries:\n  - id: hours\n    question: [\n");
        kb.reloadIfChanged();
        assertThat(kb.entry("hours")).map(FaqEntry::answer).contains("9時から17時です。");

        // fixed: goes live
        Files.delete(flows.resolve("faq/b.yaml"));
        write("a.yaml", "entries:\n" + entry("hours", "受付時間は？", "月曜日から金曜日です。"));
        kb.reloadIfChanged();
        assertThat(kb.entry("hours")).map(FaqEntry::answer).contains("月曜日から金曜日です。");
        assertThat(kb.adminFileStatus().get(0).problems()).isEmpty();
    }

    @Test
    void atStartUpTheFilesWithoutProblemsGoLive() throws IOException {
        write("a.yaml", "entries:\n" + entry("hours", "受付時間は？", "9時から17時です。"));
        write("b.yaml", "entries:\n  - id: broken\n    answer: 質問がない\n    reviewed: 2026-11-30\n");
        FaqKnowledgeBase kb = knowledgeBase();
        assertThat(kb.entry("hours")).isPresent();
        assertThat(kb.entry("broken")).isEmpty();
    }

    @Test
    void noFilesMeansNoHits() {
        FaqKnowledgeBase kb = knowledgeBase();
        assertThat(kb.search("受付時間", 3)).isEmpty();
        assertThat(kb.entries()).isEmpty();
    }

    @Test
    void synonymsInTheirOwnFileServeEveryFileAndAnOldIdStillAnswers() throws IOException {
        write("a.yaml", "entries:\n" + entry("short-stay", "短期入所とは？", "施設であずかります。")
                + "    former-ids: [shortstay]\n");
        write("words.yaml", "synonyms:\n  - [短期入所, ショートステイ]\n");
        FaqKnowledgeBase kb = knowledgeBase();
        assertThat(kb.answer("ショートステイ").entries()).extracting(FaqEntry::id).containsExactly("short-stay");
        assertThat(kb.entry("shortstay")).map(FaqEntry::id).contains("short-stay");
    }

    @Test
    void aWordInTwoSynonymGroupsOrAReusedIdKeepsThatFileFromGoingLive() throws IOException {
        write("a.yaml", "synonyms:\n  - [短期入所, ショートステイ]\nentries:\n"
                + entry("hours", "受付時間は？", "9時から17時です。"));
        write("b.yaml", "synonyms:\n  - [レスパイト, ショートステイ]\nentries:\n"
                + entry("phone", "電話番号は？", "03です。") + "    former-ids: [hours]\n");
        FaqKnowledgeBase kb = knowledgeBase();
        assertThat(kb.entry("hours")).isPresent();
        assertThat(kb.entry("phone")).isEmpty();
        assertThat(kb.adminFileStatus().get(0).problems())
                .anySatisfy(p -> assertThat(p).contains("faq/b.yaml").contains("2つのグループ"))
                .anySatisfy(p -> assertThat(p).contains("faq/b.yaml").contains("前の id「hours」"));
    }
}
