package jp.tokyo.mcc.router.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.shared.AdminFileKind;
import jp.tokyo.mcc.shared.AdminFileSet;
import jp.tokyo.mcc.shared.FileProblem;
import jp.tokyo.mcc.shared.YamlPositions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Conversation tests ({@code tests/*.yaml}): scripted dialogues the bot must pass, run from the editor. */
@Component
class FlowTestFileKind implements AdminFileKind {

    static final String FOLDER = "tests";

    private final MessageSource messages;

    FlowTestFileKind(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String id() {
        return "flow-test";
    }

    @Override
    public String pattern() {
        return FOLDER + "/*.yaml";
    }

    @Override
    public List<FileProblem> validate(String path, String content, AdminFileSet context) {
        YamlPositions positions = YamlPositions.of(content);
        if (positions.syntaxError() != null) {
            YamlPositions.Position at = positions.syntaxError();
            return List.of(new FileProblem(at.line(), at.column(), text("router.tests.not-yaml",
                    String.valueOf(positions.syntaxProblem()))));
        }
        try {
            Dialogue.read(path, content);
        } catch (RuntimeException e) {
            return List.of(new FileProblem(1, 1, text("router.tests.unreadable", e.getMessage())));
        }
        List<FileProblem> problems = new ArrayList<>();
        Object root = new Yaml(new LoaderOptions()).load(content);
        if (root instanceof List<?> steps) {
            steps(steps, List.of(), positions, problems);
        } else if (root instanceof Map<?, ?> map && map.get("dialogues") instanceof List<?> dialogues) {
            for (int i = 0; i < dialogues.size(); i++) {
                steps(((Map<?, ?>) dialogues.get(i)).get("steps"), List.of("dialogues", i, "steps"), positions, problems);
            }
        } else if (root instanceof Map<?, ?> map) {
            steps(map.get("steps"), List.of("steps"), positions, problems);
        }
        return problems;
    }

    /** Each step is one of the known ones; a bot step checks only what the runner knows. */
    private void steps(Object steps, List<Object> at, YamlPositions positions, List<FileProblem> problems) {
        List<?> list = (List<?>) steps;
        for (int j = 0; j < list.size(); j++) {
            Map<?, ?> step = (Map<?, ?>) list.get(j);
            for (Object key : step.keySet()) {
                if (!Dialogue.STEP_KEYS.contains(String.valueOf(key))) {
                    problems.add(problem(positions.key(path(at, j, key)), "router.dialogue.unknown-step", key));
                } else if ("bot".equals(key) && step.get(key) instanceof Map<?, ?> checks) {
                    for (Object check : checks.keySet()) {
                        if (!DialogueRunner.CHECKS.contains(String.valueOf(check))) {
                            problems.add(problem(positions.key(path(at, j, "bot", check)), "router.dialogue.unknown-check",
                                    check));
                        }
                    }
                }
            }
        }
    }

    private static Object[] path(List<Object> at, Object... more) {
        List<Object> all = new ArrayList<>(at);
        for (Object m : more) {
            all.add(m instanceof Integer ? m : String.valueOf(m));
        }
        return all.toArray();
    }

    private FileProblem problem(YamlPositions.Position at, String key, Object... args) {
        return new FileProblem(at.line(), at.column(), text(key, args));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, java.util.Locale.JAPANESE);
    }
}
