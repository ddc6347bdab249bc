package jp.tokyo.mcc.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A consistent set of administrator files, by path (every kind: flows, FAQ, safety words, centers...): what is
 * published at one moment, or the drafts laid over it. Immutable.
 */
public final class AdminFileSet {

    private static final AdminFileSet EMPTY = new AdminFileSet(Map.of());

    private final Map<String, AdminFile> files;

    private AdminFileSet(Map<String, AdminFile> files) {
        this.files = files;
    }

    public static AdminFileSet empty() {
        return EMPTY;
    }

    public static AdminFileSet of(Collection<AdminFile> files) {
        Map<String, AdminFile> byPath = new TreeMap<>();
        files.forEach(f -> byPath.put(f.path(), f));
        return new AdminFileSet(java.util.Collections.unmodifiableMap(byPath));
    }

    /** This set with {@code path} holding {@code content} (added or replaced). */
    public AdminFileSet with(String path, String content) {
        Map<String, AdminFile> copy = new TreeMap<>(files);
        copy.put(path, AdminFile.of(path, content));
        return new AdminFileSet(java.util.Collections.unmodifiableMap(copy));
    }

    /** This set with each of {@code others} laid over it. */
    public AdminFileSet with(Collection<AdminFile> others) {
        if (others.isEmpty()) {
            return this;
        }
        Map<String, AdminFile> copy = new TreeMap<>(files);
        others.forEach(f -> copy.put(f.path(), f));
        return new AdminFileSet(java.util.Collections.unmodifiableMap(copy));
    }

    public Optional<AdminFile> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** Every file, by path. */
    public Collection<AdminFile> all() {
        return files.values();
    }

    /** The files directly in {@code folder} ({@code ""}: the top folder) whose names end with {@code suffix}, by name. */
    public List<AdminFile> files(String folder, String suffix) {
        List<AdminFile> found = new ArrayList<>();
        for (AdminFile f : files.values()) {
            if (f.folder().equals(folder) && f.path().endsWith(suffix)) {
                found.add(f);
            }
        }
        return found;
    }

    /** Changes whenever a file of {@code folder} with that suffix is added, removed or changed. */
    public String fingerprint(String folder, String suffix) {
        StringBuilder sb = new StringBuilder();
        for (AdminFile f : files(folder, suffix)) {
            sb.append(f.path()).append(':').append(f.hash(), 0, 16).append(';');
        }
        return sb.toString();
    }

    public int size() {
        return files.size();
    }

    /** Every {@code *.yaml} under a folder (sub-folders too), by path relative to it. */
    public static AdminFileSet readFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return EMPTY;
        }
        List<AdminFile> found = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".yaml")).toList()) {
                String relative = folder.relativize(p).toString().replace('\\', '/');
                found.add(AdminFile.of(relative, Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(found);
    }

    /** Every {@code *.yaml} of the copy packaged with the application (classpath {@code flows/}). */
    public static AdminFileSet readPackaged() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<AdminFile> found = new ArrayList<>();
        try {
            Resource root = resolver.getResource("classpath:flows/");
            String rootUrl = root.exists() ? root.getURL().toString() : null;
            for (Resource r : resolver.getResources("classpath*:flows/**/*.yaml")) {
                String url = r.getURL().toString();
                int at = rootUrl != null && url.startsWith(rootUrl) ? rootUrl.length() : url.lastIndexOf("flows/") + 6;
                found.add(AdminFile.of(url.substring(at), r.getContentAsString(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(found);
    }
}
