package jp.tokyo.mcc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The public interface is in the repository (docs/contract.md), the same as the shared ../shared/CONTRACT.md; and the
 * documents point at files that exist.
 */
class ContractDocumentTest {

    static final Path CONTRACT = Path.of("docs", "contract.md");
    static final Path SHARED = Path.of("..", "shared", "CONTRACT.md");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");
    private static final Pattern MENTION = Pattern.compile("(?<![\\w/.-])(docs/[\\w./-]+\\.md)");

    @Test
    void theRepositoryHoldsTheContract() throws IOException {
        assertThat(CONTRACT).isRegularFile();
        assertThat(Files.readString(CONTRACT)).contains("## Configuration (environment variables)", "POST /callback");
    }

    @Test
    void theContractIsTheSharedOneWhenThatIsAtHand() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(SHARED), "no ../shared/CONTRACT.md beside the clone");
        assertThat(Files.readString(CONTRACT)).as("docs/contract.md must be a copy of " + SHARED)
                .isEqualTo(Files.readString(SHARED));
    }

    @Test
    void documentsLinkToFilesThatExist() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md"), Path.of("flows", "README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(documents::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path document : documents) {
            Matcher m = LINK.matcher(Files.readString(document));
            while (m.find()) {
                String target = m.group(1);
                if (!target.contains("://") && !target.startsWith("mailto:")
                        && !Files.exists(document.toAbsolutePath().getParent().resolve(target))) {
                    broken.add(document + " -> " + target);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void codeAndConfigurationMentionDocumentsThatExist() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md"), Path.of("Dockerfile"),
                Path.of("docker-compose.yml"), Path.of(".env.example"), Path.of(".ci", "run")));
        try (Stream<Path> sources = Files.walk(Path.of("src", "main"))) {
            sources.filter(Files::isRegularFile).forEach(files::add);
        }
        List<String> missing = new ArrayList<>();
        for (Path file : files) {
            Matcher m = MENTION.matcher(Files.readString(file));
            while (m.find()) {
                if (!Files.exists(Path.of(m.group(1)))) {
                    missing.add(file + " mentions " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
