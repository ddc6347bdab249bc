package jp.tokyo.mcc.conversation.internal.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.tokyo.mcc.conversation.internal.flow.Flow;
import jp.tokyo.mcc.conversation.internal.flow.FlowMessages;
import jp.tokyo.mcc.conversation.internal.flow.FlowParser;
import jp.tokyo.mcc.shared.AdminFile;
import jp.tokyo.mcc.shared.AdminFileKind;
import jp.tokyo.mcc.shared.AdminFileSet;
import jp.tokyo.mcc.shared.FileProblem;
import jp.tokyo.mcc.shared.Language;
import org.springframework.stereotype.Component;

/**
 * Translation files of the flows, {@code languages/<language>/<flow>.yaml} (the language's {@code safety.yaml} is the
 * safety net's). Problems: a file that cannot be read, or that names no flow of the set. Warnings (the file still goes
 * live): texts of the flow it does not translate, and states or commands the flow does not have.
 */
@Component
class TranslationFileKind implements AdminFileKind {

    @Override
    public String id() {
        return "translation";
    }

    @Override
    public String pattern() {
        return Translations.FOLDER + "/*/*.yaml";
    }

    @Override
    public boolean owns(String path) {
        return language(path).isPresent() && !Translations.NOT_FLOWS.contains(path.substring(path.lastIndexOf('/') + 1));
    }

    /** The language of a path {@code languages/<code>/<name>.yaml} (not Japanese, which is the flows themselves). */
    static Optional<Language> language(String path) {
        String[] parts = path.split("/");
        if (parts.length != 3 || !parts[0].equals(Translations.FOLDER) || !parts[2].endsWith(".yaml")) {
            return Optional.empty();
        }
        return Language.of(parts[1]).filter(l -> !l.isJapanese());
    }

    @Override
    public List<FileProblem> validate(String path, String content, AdminFileSet context) {
        Language language = language(path).orElseThrow();
        TranslationFile file;
        try {
            file = TranslationFile.parse(content);
        } catch (IllegalArgumentException e) {
            return List.of(new FileProblem(1, 1, FlowMessages.text("translation.unreadable")));
        }
        Flow flow = null;
        for (AdminFile f : context.files("", ".yaml")) {
            FlowParser.Result parsed = FlowParser.parse(f.path(), f.content());
            if (parsed.flowFile() && parsed.ok() && parsed.flow().id().equals(file.flowId())) {
                flow = parsed.flow();
            }
        }
        if (flow == null) {
            return List.of(new FileProblem(1, 1, FlowMessages.text("translation.unknown-flow", file.flowId())));
        }
        List<FileProblem> problems = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (String state : file.stateIds()) {
            if (flow.state(state) == null) {
                problems.add(FileProblem.warning(lineOf(lines, state), 1,
                        FlowMessages.text("translation.unknown-state", state, flow.file())));
            }
        }
        for (String command : file.commandNames()) {
            if (!flow.commands().containsKey(command)) {
                problems.add(FileProblem.warning(lineOf(lines, command), 1,
                        FlowMessages.text("translation.unknown-command", command, flow.file())));
            }
        }
        FlowTranslator.translate(flow, language, file).gaps()
                .forEach(g -> problems.add(TranslationGaps.inTranslationFile(g)));
        return problems;
    }

    /** The first line that starts (after spaces) with {@code key:}. */
    private static int lineOf(String[] lines, String key) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].stripLeading().startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 1;
    }
}
