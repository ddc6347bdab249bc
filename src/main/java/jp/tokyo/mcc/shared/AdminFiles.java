package jp.tokyo.mcc.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The administrator-edited files under {@code flows/} (flows, FAQ, safety phrases, center data).
 * The working folder ({@code app.flows.dir}, default {@code ./flows}) wins; when it does not exist the
 * copy packaged with the application (classpath {@code flows/}) is used.
 */
@Component
public class AdminFiles {

    private final Path directory;
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    public AdminFiles(@Value("${app.flows.dir:./flows}") Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** The working folder, whether or not it exists. */
    public Path directory() {
        return directory;
    }

    /** True when the files come from the working folder (and can change while the bot runs). */
    public boolean isWorkingFolder() {
        return Files.isDirectory(directory);
    }

    /** One file, e.g. {@code centers.yaml} or {@code faq/centers.yaml}. */
    public Resource file(String relativePath) {
        if (isWorkingFolder()) {
            return new org.springframework.core.io.FileSystemResource(directory.resolve(relativePath));
        }
        return resolver.getResource("classpath:flows/" + relativePath);
    }

    /** The files of a sub-folder (or the top folder for "") whose names end with {@code suffix}, by name. */
    public List<Resource> files(String relativeFolder, String suffix) {
        try {
            if (isWorkingFolder()) {
                Path folder = relativeFolder.isEmpty() ? directory : directory.resolve(relativeFolder);
                if (!Files.isDirectory(folder)) {
                    return List.of();
                }
                try (Stream<Path> paths = Files.list(folder)) {
                    return paths.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(suffix))
                            .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                            .map(p -> (Resource) new org.springframework.core.io.FileSystemResource(p))
                            .toList();
                }
            }
            String pattern = "classpath*:flows/" + (relativeFolder.isEmpty() ? "" : relativeFolder + "/") + "*" + suffix;
            List<Resource> found = new ArrayList<>(List.of(resolver.getResources(pattern)));
            found.sort(Comparator.comparing(r -> String.valueOf(r.getFilename())));
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fingerprint that changes when any file of the folder changes (names, sizes, modification times). */
    public String fingerprint(String relativeFolder, String suffix) {
        StringBuilder sb = new StringBuilder();
        for (Resource r : files(relativeFolder, suffix)) {
            try {
                sb.append(r.getFilename()).append(':').append(r.contentLength()).append(':').append(r.lastModified()).append(';');
            } catch (IOException e) {
                sb.append(r.getFilename()).append(":?;");
            }
        }
        return sb.toString();
    }
}
