package jp.tokyo.mcc.conversation.internal.library;

import java.util.List;

import jp.tokyo.mcc.shared.AdminFileKind;
import jp.tokyo.mcc.shared.AdminFileSet;
import jp.tokyo.mcc.shared.FileProblem;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Conversation tests ({@code tests/*.yaml}): scripted dialogues the flows must pass. */
@Component
class FlowTestFileKind implements AdminFileKind {

    @Override
    public String id() {
        return "flow-test";
    }

    @Override
    public String pattern() {
        return "tests/*.yaml";
    }

    @Override
    public List<FileProblem> validate(String path, String content, AdminFileSet context) {
        try {
            Object root = new Yaml(new LoaderOptions()).load(content);
            if (!(root instanceof List<?>) && !(root instanceof java.util.Map<?, ?>)) {
                return List.of(new FileProblem(1, 1, "a conversation test is a list of steps, or has steps: or dialogues:"));
            }
            return List.of();
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            return List.of(new FileProblem(mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1,
                    "not valid YAML: " + e.getProblem()));
        } catch (YAMLException e) {
            return List.of(new FileProblem(1, 1, "not valid YAML"));
        }
    }
}
