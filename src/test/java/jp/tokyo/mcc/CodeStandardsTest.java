package jp.tokyo.mcc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Standards of the developers' guide that a build can check on the sources themselves. */
class CodeStandardsTest {

    static final Path MAIN = Path.of("src/main/java");
    static final int MAX_LINES = 400;

    static List<Path> mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void noClassInMainIsLongerThanFourHundredLines() throws IOException {
        List<Path> sources = mainSources();
        assertThat(sources).isNotEmpty();
        List<String> tooLong = sources.stream()
                .filter(p -> lines(p) > MAX_LINES)
                .map(p -> MAIN.relativize(p) + " (" + lines(p) + " lines)")
                .toList();
        assertThat(tooLong).as("split these by concept (one concept per file)").isEmpty();
    }

    private static long lines(Path p) {
        try (Stream<String> lines = Files.lines(p)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
