package jp.tokyo.mcc.directory.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jp.tokyo.mcc.shared.FileProblem;
import jp.tokyo.mcc.shared.YamlPositions;

/**
 * A mistake in {@code centers.yaml}: where (the path of keys, e.g. {@code centers.kubu.phone}, or a line and column
 * the YAML parser gave) and what, in Japanese from {@code messages/directory}.
 *
 * @param path    the keys leading to it ({@code []}: the whole file)
 * @param onKey   the mistake is the key itself (an unknown setting), not its value
 * @param line    the line the YAML parser stopped at (0: find it by {@code path})
 * @param column  the column the YAML parser stopped at
 * @param message what is wrong
 */
public record CentersProblem(List<Object> path, boolean onKey, int line, int column, String message) {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages/directory", Locale.JAPANESE);

    static CentersProblem of(List<Object> path, String key, Object... args) {
        return new CentersProblem(List.copyOf(path), false, 0, 0, text(key, args));
    }

    static CentersProblem key(List<Object> path, String key, Object... args) {
        return new CentersProblem(List.copyOf(path), true, 0, 0, text(key, args));
    }

    static CentersProblem at(int line, int column, String key, Object... args) {
        return new CentersProblem(List.of(), false, line, column, text(key, args));
    }

    /** The problem with its line and column in {@code content}. */
    public FileProblem located(YamlPositions positions) {
        if (line > 0) {
            return new FileProblem(line, column, toString());
        }
        YamlPositions.Position at = onKey ? positions.key(path.toArray()) : positions.at(path.toArray());
        return new FileProblem(at.line(), at.column(), toString());
    }

    /** {@code centers.kubu.phone：…} (for the log and the status page). */
    @Override
    public String toString() {
        return path.isEmpty() ? message
                : String.join(".", path.stream().map(String::valueOf).toList()) + "：" + message;
    }

    static String text(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString("directory.file." + key), Locale.JAPANESE).format(args);
    }
}
