package jp.tokyo.mcc.admin.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jp.tokyo.mcc.shared.AdminFileKind;
import org.springframework.stereotype.Component;

/** The kinds of administrator file the modules registered, and which one owns a path. */
@Component
class FileKinds {

    /** Lower-case names, digits, '.', '_' and '-', folders separated by '/', ending in .yaml; no ".." anywhere. */
    private static final Pattern PATH = Pattern.compile("([a-z0-9][a-z0-9_-]*/){0,3}[a-z0-9][a-z0-9._-]*\\.yaml");
    static final int MAX_PATH = 200;

    private final List<AdminFileKind> kinds;

    FileKinds(List<AdminFileKind> kinds) {
        // one-file patterns first: centers.yaml belongs to the directory, not to the flows' "*.yaml"
        this.kinds = kinds.stream().sorted(Comparator.comparing((AdminFileKind k) -> !k.single())
                .thenComparing(AdminFileKind::pattern)).toList();
    }

    /** Whether a path has the shape of an administrator file's (before asking who owns it). */
    static boolean wellFormed(String path) {
        return path != null && path.length() <= MAX_PATH && !path.contains("..") && PATH.matcher(path).matches();
    }

    Optional<AdminFileKind> owner(String path) {
        if (!wellFormed(path)) {
            return Optional.empty();
        }
        return kinds.stream().filter(k -> k.owns(path)).findFirst();
    }

    List<AdminFileKind> all() {
        return kinds;
    }
}
