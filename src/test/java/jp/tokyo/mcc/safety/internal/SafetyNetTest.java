package jp.tokyo.mcc.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tokyo.mcc.safety.SafetyAlert;
import jp.tokyo.mcc.safety.SafetyTier;
import jp.tokyo.mcc.shared.AdminFileStatus;
import jp.tokyo.mcc.shared.AdminFiles;

/** The files of a temporary flows folder: reload on change, validation, the last good version, the packaged copy. */
class SafetyNetTest {

    @TempDir
    Path flows;

    static final String WORDS = """
            negation: [ない, ん]
            people: [子ども]
            number-below: [以下]
            number-above: [以上]
            concepts:
              呼吸: [息, 呼吸]
              止まる:
                - affirmed: [止まる]
              地震: [地震]
              死にたい: [死にたい]
              熱: [熱]
            """;
    static final String CONTEXT = """
            reminder: 命にかかわるときは119番へ。
            present: [今]
            calm: [affirmed: [落ち着く]]
            past: [先週]
            frame: [訓練]
            about: [目安]
            supposing: [もし]
            worry: [心配]
            """;
    static final Map<String, String> TIERS = Map.of(
            "emergency.yaml", """
                    tier: emergency
                    answer: [すぐに119番に電話してください。]
                    signs:
                      - name: 息が止まった
                        all: [呼吸, 止まる]
                    """,
            "urgent.yaml", """
                    tier: urgent
                    answer: ["#7119"]
                    signs:
                      - { name: 熱, all: 熱 }
                    """,
            "crisis.yaml", """
                    tier: crisis
                    offer-counsellor: 相談員にも相談できます。
                    counsellor-informed: 相談員にも届いています。
                    answer: [つらい気持ちを書いてくださって、ありがとうございます。]
                    signs:
                      - { name: 死にたい, all: [死にたい] }
                    """,
            "disaster.yaml", """
                    tier: disaster
                    flow-state: intake:disaster
                    answer: [災害用伝言ダイヤル（171）]
                    signs:
                      - { name: 地震, all: [地震] }
                    """,
            "preparation.yaml", """
                    tier: preparation
                    signs:
                      - { name: 地震, all: [地震] }
                    """);

    @BeforeEach
    void writeAll() throws IOException {
        write("words.yaml", WORDS);
        write("context.yaml", CONTEXT);
        for (Map.Entry<String, String> e : TIERS.entrySet()) {
            write(e.getKey(), e.getValue());
        }
    }

    private void write(String name, String content) throws IOException {
        Path file = flows.resolve("safety").resolve(name);
        Files.createDirectories(file.getParent());
        FileTime before = Files.exists(file) ? Files.getLastModifiedTime(file) : null;
        Files.writeString(file, content);
        if (before != null) {
            Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000));
        }
    }

    private SafetyNet start() {
        return new SafetyNet(new AdminFiles(flows));
    }

    private static SafetyTier tier(SafetyNet net, String text) {
        return net.assess(text).alarm().map(SafetyAlert::tier).orElse(null);
    }

    @Test
    void readsEveryFileAndPicksUpChangesWithoutARestart() throws IOException {
        SafetyNet net = start();
        assertThat(net.adminFileStatus()).extracting(AdminFileStatus::id).containsExactly("safety-words",
                "safety-context", "safety-emergency", "safety-crisis", "safety-urgent", "safety-disaster",
                "safety-preparation");
        assertThat(net.adminFileStatus()).allSatisfy(s -> assertThat(s.problems()).isEmpty());
        assertThat(tier(net, "息が止まりました")).isEqualTo(SafetyTier.EMERGENCY);
        assertThat(net.assess("地震です").alert().flowState()).isEqualTo("intake:disaster");
        assertThat(tier(net, "台風です")).isNull();

        write("words.yaml", WORDS.replace("地震: [地震]", "地震: [地震, 台風]"));
        net.reloadIfChanged();
        assertThat(tier(net, "台風です")).isEqualTo(SafetyTier.DISASTER);
    }

    @Test
    void aBrokenFileKeepsItsLastGoodVersionAndSaysWhereInJapanese() throws IOException {
        SafetyNet net = start();
        String emergency = TIERS.get("emergency.yaml");
        for (String broken : List.of(
                emergency.replace("tier: emergency", "tier: disaster"),
                emergency.replace("answer: [すぐに119番に電話してください。]\n", ""),
                emergency + "colour: red\n",
                emergency.replace("all: [呼吸, 止まる]", "all: [呼吸, 止まっちゃう]"),
                emergency.replace("all: [呼吸, 止まる]", "all: [呼吸, 止まる]\n    below: 90\n    above: 38"),
                emergency.replace("signs:", "signs: [").replace("- name", "name"),
                emergency.replace("    all:", "\tall:"))) {
            write("emergency.yaml", broken.replace("息が止まった", "新しいしるし"));
            assertThat(net.reload()).as(broken).isFalse();
            assertThat(tier(net, "息が止まりました")).as(broken).isEqualTo(SafetyTier.EMERGENCY);
            List<String> problems = problems(net, "safety-emergency");
            assertThat(problems).as(broken).isNotEmpty()
                    .allSatisfy(p -> assertThat(p).startsWith("safety/emergency.yaml"));
            assertThat(problems.get(0)).as(broken).matches("safety/emergency\\.yaml( \\d+行\\d+列)?: .*[ぁ-んァ-ン一-龥].*");
        }
        write("emergency.yaml", emergency.replace("all: [呼吸, 止まる]", "all: [呼吸, 止まっちゃう]"));
        net.reload();
        assertThat(problems(net, "safety-emergency")).singleElement().asString()
                .isEqualTo("safety/emergency.yaml 5行15列: 「止まっちゃう」という言葉のなかまは words.yaml にありません"
                        + "（しるし「息が止まった」の all）");

        // a word of one kana is refused in words.yaml, which keeps its last good version too
        write("words.yaml", WORDS.replace("呼吸: [息, 呼吸]", "呼吸: [息, 呼吸, い]"));
        assertThat(net.reload()).isFalse();
        assertThat(problems(net, "safety-words")).singleElement().asString().startsWith("safety/words.yaml 6行")
                .contains("「い」は短すぎます");
        assertThat(tier(net, "息が止まりました")).isEqualTo(SafetyTier.EMERGENCY);
        assertThat(net.adminFileStatus()).filteredOn(s -> s.id().equals("safety-words")).singleElement()
                .satisfies(s -> assertThat(s.liveItems()).isEqualTo(5));

        write("words.yaml", WORDS);
        write("emergency.yaml", emergency);
        assertThat(net.reload()).isTrue();
        assertThat(net.adminFileStatus()).allSatisfy(s -> assertThat(s.problems()).isEmpty());
    }

    private static List<String> problems(SafetyNet net, String id) {
        return net.adminFileStatus().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().problems();
    }

    @Test
    void atStartUpABrokenFileFallsBackToThePackagedCopy() throws IOException {
        write("emergency.yaml", "tier: emergency\nanswer: [x]\nsigns: []\n");
        write("words.yaml", "concepts: [\n");
        SafetyNet net = start();
        // the packaged flows/safety files (the defaults shipped with the application) are used instead
        assertThat(tier(net, "人工呼吸器が止まった")).isEqualTo(SafetyTier.EMERGENCY);
        assertThat(problems(net, "safety-words")).singleElement().asString().contains("YAMLとして読めません");
    }

    @Test
    void theMostSeriousTierAnswersFirstAndACrisisIsNotLeftOut() {
        SafetyNet net = start();
        assertThat(tier(net, "地震で息が止まった")).isEqualTo(SafetyTier.EMERGENCY);
        SafetyAlert both = net.assess("息が止まった。もう死にたい").alert();
        assertThat(both.tier()).isEqualTo(SafetyTier.EMERGENCY);
        assertThat(both.messages()).containsExactly("すぐに119番に電話してください。", "つらい気持ちを書いてくださって、ありがとうございます。");
        assertThat(both.offerCounsellor()).isTrue();
        assertThat(both.counsellorOffer()).isEqualTo("相談員にも相談できます。");
        assertThat(both.messagesWithCounsellor()).endsWith("相談員にも届いています。");
        assertThat(net.assess("息が止まった。もう死にたい。熱もある").tiers()).containsExactlyInAnyOrder(
                SafetyTier.EMERGENCY, SafetyTier.CRISIS, SafetyTier.URGENT);
    }

    @Test
    void talkAboutAnEmergencyGetsTheReminderNotTheAlarm() {
        SafetyNet net = start();
        assertThat(net.assess("息が止まる目安").alert()).isNull();
        assertThat(net.assess("息が止まる目安").reminder()).isEqualTo("命にかかわるときは119番へ。");
        assertThat(net.assess("今、息が止まった").reminder()).isNull();
        assertThat(net.assess("地震の訓練").preparation()).isTrue();
        assertThat(net.assess("地震の訓練").flagged()).isFalse();
        assertThat(net.assess("こんにちは")).isEqualTo(jp.tokyo.mcc.safety.SafetyAssessment.NOTHING);
        assertThat(net.assess(null).alert()).isNull();
        assertThat(net.assess("   ").alert()).isNull();
    }
}
