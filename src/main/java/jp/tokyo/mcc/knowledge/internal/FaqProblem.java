package jp.tokyo.mcc.knowledge.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import jp.tokyo.mcc.shared.FileProblem;
import jp.tokyo.mcc.shared.YamlPositions;

/**
 * Why an FAQ file cannot go live: the file, the entry (id or position), where in the file ({@code path} of keys and
 * list positions, or the line and column the YAML parser stopped at) and the rule, in Japanese from
 * {@code messages/knowledge}; never quotes the text.
 */
record FaqProblem(String file, String where, List<Object> path, boolean onKey, int line, int column, String message) {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages/knowledge", Locale.JAPANESE);

    static FaqProblem of(String file, String where, List<Object> path, String key, Object... args) {
        return new FaqProblem(file, where, List.copyOf(path), false, 0, 0, text(key, args));
    }

    static FaqProblem onKey(String file, String where, List<Object> path, String key, Object... args) {
        return new FaqProblem(file, where, List.copyOf(path), true, 0, 0, text(key, args));
    }

    static FaqProblem yaml(String file, Exception e) {
        int line = 0;
        int column = 0;
        if (e instanceof JsonProcessingException j && j.getLocation() != null) {
            line = j.getLocation().getLineNr();
            column = j.getLocation().getColumnNr();
        }
        return new FaqProblem(file, null, List.of(), false, line, column, text("yaml"));
    }

    static List<Object> path(List<Object> at, Object... more) {
        List<Object> all = new ArrayList<>(at);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }

    static String text(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString("knowledge.file." + key), Locale.JAPANESE).format(args);
    }

    /** The problem as the editor shows it, at its line and column in the file's text. */
    FileProblem located(YamlPositions positions) {
        String said = where == null ? message : where + "：" + message;
        if (line > 0) {
            return new FileProblem(line, column, said);
        }
        YamlPositions.Position at = onKey ? positions.key(path.toArray()) : positions.at(path.toArray());
        return new FileProblem(at.line(), at.column(), said);
    }

    @Override
    public String toString() {
        return file + (where == null ? "" : " " + where) + "：" + message;
    }
}
