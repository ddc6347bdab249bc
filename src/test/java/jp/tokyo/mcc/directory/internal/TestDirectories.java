package jp.tokyo.mcc.directory.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import jp.tokyo.mcc.shared.AdminFiles;

/** Directories for tests, without Spring. */
public final class TestDirectories {

    private TestDirectories() {
    }

    /** The project's shipped administrator folder. */
    public static Path shippedFlows() {
        Path flows = Path.of("flows");
        if (!Files.isRegularFile(flows.resolve(DirectoryService.CENTERS_FILE))) {
            throw new IllegalStateException("Run the tests from the project root (flows/centers.yaml not found)");
        }
        return flows;
    }

    /** A directory reading {@code centers.yaml} from {@code flowsDir}, checking it for changes on every access. */
    public static DirectoryService fromFolder(Path flowsDir) {
        return new DirectoryService(new AdminFiles(flowsDir), new DirectoryProperties(Duration.ZERO));
    }

    /** The shipped data (not checked for changes: tests never change the shipped file). */
    public static DirectoryService shipped() {
        return new DirectoryService(new AdminFiles(shippedFlows()), new DirectoryProperties(Duration.ofHours(1)));
    }
}
