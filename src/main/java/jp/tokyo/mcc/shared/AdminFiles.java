package jp.tokyo.mcc.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.DescriptiveResource;
import org.springframework.core.io.Resource;

/**
 * The administrator files (flows, FAQ, safety words, centers...) as the modules read them. In the application they
 * are the versions published in the database (the admin module's {@link AdminFileSource}); a module's tests may
 * read a folder instead ({@link #AdminFiles(Path)}). Which set a read sees follows the {@link Edition} of the work
 * under way: the published files, or the drafts laid over them for a simulator family on drafts.
 */
public class AdminFiles {

    private final AdminFileSource source;

    /** The {@code *.yaml} files of a folder, read again whenever one of them changes (module tests). */
    public AdminFiles(Path folder) {
        this(new FolderSource(folder.toAbsolutePath().normalize()));
    }

    public AdminFiles(AdminFileSource source) {
        this.source = source;
    }

    /** One fixed set, for drafts and published alike (a validator reading a file in the set it would go live in). */
    public static AdminFiles of(AdminFileSet set) {
        return new AdminFiles(new AdminFileSource() {
            @Override
            public AdminFileSet published() {
                return set;
            }

            @Override
            public AdminFileSet drafts() {
                return set;
            }
        });
    }

    /** What every family gets now. */
    public AdminFileSet published() {
        return source.published();
    }

    /** The published files with every draft laid over them. */
    public AdminFileSet drafts() {
        return source.drafts();
    }

    /** The set the work under way on this thread sees ({@link Edition#current()}). */
    public AdminFileSet current() {
        return Edition.current() == Edition.DRAFTS ? source.drafts() : source.published();
    }

    /** One file of the current set, e.g. {@code centers.yaml} or {@code faq/centers.yaml}; a missing one does not exist. */
    public Resource file(String relativePath) {
        return current().file(relativePath).map(AdminFiles::resource)
                .orElseGet(() -> new DescriptiveResource(relativePath + " (no such administrator file)"));
    }

    /** The files of a sub-folder (or the top folder for "") of the current set whose names end with {@code suffix}. */
    public List<Resource> files(String relativeFolder, String suffix) {
        return current().files(relativeFolder, suffix).stream().map(AdminFiles::resource).toList();
    }

    /** A fingerprint that changes when any file of the folder changes (in the current set). */
    public String fingerprint(String relativeFolder, String suffix) {
        return current().fingerprint(relativeFolder, suffix);
    }

    static Resource resource(AdminFile file) {
        return new ByteArrayResource(file.content().getBytes(StandardCharsets.UTF_8), file.path()) {
            @Override
            public String getFilename() {
                return file.fileName();
            }
        };
    }

    /** A folder's files, read again when a name, size or modification time changed; drafts are the same files. */
    private static final class FolderSource implements AdminFileSource {

        private final Path folder;
        private String seen;
        private AdminFileSet files = AdminFileSet.empty();

        FolderSource(Path folder) {
            this.folder = folder;
        }

        @Override
        public synchronized AdminFileSet published() {
            String now = stat();
            if (!now.equals(seen)) {
                files = AdminFileSet.readFolder(folder);
                seen = now;
            }
            return files;
        }

        @Override
        public AdminFileSet drafts() {
            return published();
        }

        private String stat() {
            if (!Files.isDirectory(folder)) {
                return "";
            }
            StringBuilder sb = new StringBuilder();
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path p : paths.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    sb.append(p).append(':').append(Files.size(p)).append(':')
                            .append(Files.getLastModifiedTime(p).toMillis()).append(';');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return sb.toString();
        }
    }
}
