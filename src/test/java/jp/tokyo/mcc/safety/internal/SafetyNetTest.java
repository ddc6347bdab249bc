package jp.tokyo.mcc.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.tokyo.mcc.safety.SafetyAlert;
import jp.tokyo.mcc.shared.AdminFileStatus;
import jp.tokyo.mcc.shared.AdminFiles;

/** Validation, reload on change and the last good version, over a temporary flows folder. */
class SafetyNetTest {

    @TempDir
    Path flows;

    private static final String EMERGENCY = """
            kind: emergency
            answer: [すぐに119番に電話してください。]
            triggers:
              - name: breathing
                any: [息をしていない]
            """;

    private static final String DISASTER = """
            kind: disaster
            answer: [災害用伝言ダイヤル（171）]
            flow-state: intake:disaster
            unless: [訓練]
            triggers:
              - name: quake
                any: [地震]
            """;

    private void write(String name, String content) throws IOException {
        Path file = flows.resolve("safety").resolve(name);
        Files.createDirectories(file.getParent());
        FileTime before = Files.exists(file) ? Files.getLastModifiedTime(file) : null;
        Files.writeString(file, content);
        if (before != null) {
            Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000));
        }
    }

    private SafetyNet start() throws IOException {
        return new SafetyNet(new AdminFiles(flows));
    }

    @Test
    void picksUpChangedPhrasesWithoutARestart() throws IOException {
        write("emergency.yaml", EMERGENCY);
        write("disaster.yaml", DISASTER);
        SafetyNet net = start();
        assertThat(net.check("息をしていない")).map(SafetyAlert::kind).contains(SafetyAlert.Kind.EMERGENCY);
        assertThat(net.check("地震です")).map(SafetyAlert::flowState).contains("intake:disaster");
        assertThat(net.check("地震訓練")).isEmpty();
        assertThat(net.check("台風です")).isEmpty();

        write("disaster.yaml", DISASTER.replace("any: [地震]", "any: [地震, 台風]"));
        net.reloadIfChanged();
        assertThat(net.check("台風です")).map(SafetyAlert::kind).contains(SafetyAlert.Kind.DISASTER);
    }

    @Test
    void aBrokenFileKeepsTheLastGoodVersion() throws IOException {
        write("emergency.yaml", EMERGENCY);
        write("disaster.yaml", DISASTER);
        SafetyNet net = start();

        for (String broken : List.of(
                EMERGENCY.replace("kind: emergency", "kind: disaster"),
                EMERGENCY.replace("answer: [すぐに119番に電話してください。]\n", ""),
                EMERGENCY + "colour: red\n",
                EMERGENCY.replace("any: [息をしていない]", "any: [息]"),
                EMERGENCY.replace("any: [息をしていない]", "all: [[息をしていない]]"),
                EMERGENCY.replace("any: [息をしていない]", "any: [息をしていない]\n    all: [[a], [b]]"),
                EMERGENCY.replace("triggers:", "ignore: [緊急時]\ntriggers: [").replace("any:", "any"),
                "answer: [\n")) {
            write("emergency.yaml", broken.replace("息をしていない", "呼吸が止まった"));
            assertThat(net.reload()).as(broken).isFalse();
            assertThat(net.check("息をしていない")).as(broken).isPresent();
            assertThat(net.check("呼吸が止まった")).as(broken).isEmpty();
        }
        write("disaster.yaml", DISASTER.replace("flow-state: intake:disaster", "flow-state: disaster"));
        assertThat(net.reload()).isFalse();
        assertThat(net.check("地震です")).map(SafetyAlert::flowState).contains("intake:disaster");
        // the administrators' status page: both files broken, their last good phrases still counted as live
        assertThat(net.adminFileStatus()).extracting(AdminFileStatus::id)
                .containsExactly("safety-emergency", "safety-disaster");
        assertThat(net.adminFileStatus()).allSatisfy(status -> {
            assertThat(status.liveItems()).isPositive();
            assertThat(status.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("safety/"));
        });

        write("emergency.yaml", EMERGENCY.replace("息をしていない", "呼吸が止まった"));
        write("disaster.yaml", DISASTER);
        assertThat(net.reload()).isTrue();
        assertThat(net.check("呼吸が止まった")).isPresent();
        assertThat(net.check("息をしていない")).isEmpty();
        assertThat(net.adminFileStatus()).allSatisfy(status -> assertThat(status.problems()).isEmpty());
    }

    @Test
    void atStartUpABrokenOrMissingFileFallsBackToThePackagedCopy() throws IOException {
        write("emergency.yaml", "kind: emergency\nanswer: [x]\ntriggers: []\n");
        SafetyNet net = start();
        // the packaged flows/safety files (the defaults shipped with the application) are used instead
        assertThat(net.check("人工呼吸器が止まった")).map(SafetyAlert::kind).contains(SafetyAlert.Kind.EMERGENCY);
        assertThat(net.check("大きな地震がありました")).map(SafetyAlert::kind).contains(SafetyAlert.Kind.DISASTER);
    }

    @Test
    void emergencyWinsOverDisaster() throws IOException {
        write("emergency.yaml", EMERGENCY);
        write("disaster.yaml", DISASTER);
        SafetyNet net = start();
        assertThat(net.check("地震で息をしていない")).map(SafetyAlert::kind).contains(SafetyAlert.Kind.EMERGENCY);
    }
}
