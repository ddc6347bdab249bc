package jp.tokyo.mcc.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tokyo.mcc.shared.AdminFile;
import jp.tokyo.mcc.shared.AdminFileSet;
import jp.tokyo.mcc.shared.FileProblem;

/** The safety files checked in the administrators' editor: each in the set it would go live in. */
class SafetyFileKindTest {

    private static AdminFileSet shipped;
    private final SafetyFileKind kind = new SafetyFileKind();

    @BeforeAll
    static void read() throws IOException {
        List<AdminFile> files = new ArrayList<>();
        try (var paths = Files.list(Path.of("flows/safety"))) {
            for (Path p : paths.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                files.add(AdminFile.of("safety/" + p.getFileName(), Files.readString(p)));
            }
        }
        shipped = AdminFileSet.of(files);
    }

    private static String text(String path) {
        return shipped.file(path).orElseThrow().content();
    }

    @Test
    void theShippedFilesHaveNoProblems() {
        for (AdminFile f : shipped.all()) {
            assertThat(kind.validate(f.path(), f.content(), shipped)).as(f.path()).isEmpty();
        }
    }

    @Test
    void aTierFileIsCheckedAgainstTheWordsOfTheSetWithLineAndColumn() {
        String broken = text("safety/emergency.yaml").replaceFirst("all: \\[呼吸, 止まる\\]", "all: [呼吸, 止まっちゃう]");
        List<FileProblem> problems = kind.validate("safety/emergency.yaml", broken, shipped);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isGreaterThan(1);
            assertThat(p.message()).contains("止まっちゃう", "words.yaml");
        });
    }

    @Test
    void wordsWithoutAConceptATierFileNamesShowTheTierFilesProblem() {
        String words = text("safety/words.yaml").replaceFirst("(?m)^  誤嚥:", "  誤嚥のこと:");
        List<FileProblem> problems = kind.validate("safety/words.yaml", words, shipped);
        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.message()).contains("誤嚥", "words.yaml"));
    }

    @Test
    void aFileTheSafetyNetDoesNotReadIsAProblem() {
        assertThat(kind.validate("safety/other.yaml", "a: b\n", shipped)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("words.yaml", "emergency.yaml"));
    }
}
