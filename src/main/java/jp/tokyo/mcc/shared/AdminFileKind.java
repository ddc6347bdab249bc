package jp.tokyo.mcc.shared;

import java.util.List;

/**
 * A kind of administrator file, registered by the module that reads it (one bean): which paths it owns and how a
 * text of it is checked. The administration area stores, versions, validates and publishes every path some kind
 * owns; adding a kind (e.g. {@code rich-menu.yaml}) is one such bean in the module that reads it.
 */
public interface AdminFileKind {

    /** A short id shown in the file list and the API ({@code flow}, {@code faq}, {@code centers}...). */
    String id();

    /**
     * The paths this kind owns, as a pattern under {@code flows/}: one file ({@code centers.yaml}) or the YAML
     * files of a folder ({@code faq/*.yaml}, {@code *.yaml} for the top folder). A one-file pattern wins over a
     * folder pattern.
     */
    String pattern();

    /**
     * The problems of {@code content} as the text of {@code path}, seen with the other files of {@code context}
     * (the set it would go live in: a flow's targets may be in another flow). Empty when it can go live. Never
     * quotes a family's words (there are none in these files) and says where, with line and column.
     */
    List<FileProblem> validate(String path, String content, AdminFileSet context);

    /** Whether this kind owns {@code path}. */
    default boolean owns(String path) {
        String p = pattern();
        if (!p.contains("*")) {
            return p.equals(path);
        }
        int star = p.indexOf('*');
        String prefix = p.substring(0, star);
        String suffix = p.substring(star + 1);
        if (!path.startsWith(prefix) || !path.endsWith(suffix) || path.length() <= prefix.length() + suffix.length()) {
            return false;
        }
        return path.indexOf('/', prefix.length()) < 0;
    }

    /** True for a one-file pattern (it wins over a folder's). */
    default boolean single() {
        return !pattern().contains("*");
    }
}
