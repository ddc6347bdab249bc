package jp.tokyo.mcc.admin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jp.tokyo.mcc.admin.AdminFileCatalog;
import jp.tokyo.mcc.admin.FileVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The flows/ folder seeds the database (an empty database of its own, also in the PostgreSQL run, and a copy of
 * flows/ that the test changes as a new release would): at the first start every administrator file becomes version
 * 1; on a later start a file no administrator published follows the folder, one an administrator published stays.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "app.line.channel-secret=",
        "app.line.channel-token=",
        "app.line.api-endpoint=",
        "app.conversation.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:folder-seed;DB_CLOSE_DELAY=-1",
        "spring.datasource.driver-class-name=org.h2.Driver",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
@ActiveProfiles("test")
class FolderSeedIT {

    static final Path FOLDER = copyOfFlows();

    @DynamicPropertySource
    static void folder(DynamicPropertyRegistry registry) {
        registry.add("app.flows.dir", FOLDER::toString);
    }

    @Autowired
    FolderSeed seed;
    @Autowired
    AdminFileCatalog catalog;
    @Autowired
    AdminFileVersions versions;

    @Test
    void theFolderSeedsVersionOneThenOnlyWhatNoAdministratorPublishedFollowsIt() throws IOException {
        seed.run(); // the first start (the modules may have run it already: a second run changes nothing)

        // every administrator file of the folder is version 1, by the system, with the folder's text
        List<String> paths = catalog.list().stream().map(f -> f.path()).toList();
        assertThat(paths).contains("intake.yaml", "handoff.yaml", "faq/centers.yaml", "safety/emergency.yaml",
                "centers.yaml", "canned-replies.yaml", "tests/faq.yaml").doesNotContain("README.md");
        for (String path : paths) {
            assertThat(catalog.versions(path)).as(path).extracting(FileVersion::version).containsExactly(1);
            assertThat(catalog.versions(path).get(0).createdBy()).isEqualTo(FolderSeed.SYSTEM);
            assertThat(catalog.live(path).orElseThrow().content()).as(path).isEqualTo(Files.readString(FOLDER.resolve(path)));
        }
        long rows = versions.count();

        // an administrator publishes canned-replies.yaml in the browser
        String byAdministrator = Files.readString(FOLDER.resolve("canned-replies.yaml")) + "# 管理者が直した版\n";
        assertThat(catalog.saveDraft("canned-replies.yaml", byAdministrator, "admin")).isEmpty();
        assertThat(catalog.publish("canned-replies.yaml", "admin")).isEqualTo(2);

        // a new release changes both files in the folder; the application starts again
        String released = Files.readString(FOLDER.resolve("faq/centers.yaml")) + "# 新しいリリースの版\n";
        Files.writeString(FOLDER.resolve("faq/centers.yaml"), released);
        Files.writeString(FOLDER.resolve("canned-replies.yaml"),
                Files.readString(FOLDER.resolve("canned-replies.yaml")) + "# 新しいリリースの版\n");
        seed.run();

        assertThat(catalog.live("faq/centers.yaml").orElseThrow().version()).isEqualTo(2);
        assertThat(catalog.live("faq/centers.yaml").orElseThrow().content()).isEqualTo(released);
        assertThat(catalog.versions("faq/centers.yaml").get(0).createdBy()).isEqualTo(FolderSeed.SYSTEM);
        assertThat(catalog.live("canned-replies.yaml").orElseThrow().version()).as("the administrator's stays").isEqualTo(2);
        assertThat(catalog.live("canned-replies.yaml").orElseThrow().content()).isEqualTo(byAdministrator);
        assertThat(catalog.live("intake.yaml").orElseThrow().version()).isEqualTo(1);
        assertThat(versions.count()).isEqualTo(rows + 2);

        // an unchanged folder seeds nothing more
        seed.run();
        assertThat(versions.count()).isEqualTo(rows + 2);
    }

    private static Path copyOfFlows() {
        try {
            Path target = Files.createTempDirectory("folder-seed-flows");
            Path source = Path.of("flows");
            try (Stream<Path> all = Files.walk(source)) {
                for (Path p : all.toList()) {
                    Path to = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
            target.toFile().deleteOnExit();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
