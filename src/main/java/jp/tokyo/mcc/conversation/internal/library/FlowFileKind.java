package jp.tokyo.mcc.conversation.internal.library;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tokyo.mcc.conversation.FlowProblem;
import jp.tokyo.mcc.conversation.internal.ConversationProperties;
import jp.tokyo.mcc.conversation.internal.flow.Flow;
import jp.tokyo.mcc.conversation.internal.flow.FlowMessages;
import jp.tokyo.mcc.conversation.internal.flow.FlowParser;
import jp.tokyo.mcc.conversation.internal.flow.FlowValidator;
import jp.tokyo.mcc.shared.AdminFile;
import jp.tokyo.mcc.shared.AdminFileKind;
import jp.tokyo.mcc.shared.AdminFileSet;
import jp.tokyo.mcc.shared.FileProblem;
import org.springframework.stereotype.Component;

/**
 * Flow files ({@code *.yaml} in the top folder): the file's own form, then the whole set of flows it would go live
 * in (targets into other flows, commands, reachability...). Problems another file gets from this one are reported
 * too, at the top of this file, naming that file.
 */
@Component
class FlowFileKind implements AdminFileKind {

    private final ConversationProperties properties;

    FlowFileKind(ConversationProperties properties) {
        this.properties = properties;
    }

    @Override
    public String id() {
        return "flow";
    }

    @Override
    public String pattern() {
        return "*.yaml";
    }

    @Override
    public List<FileProblem> validate(String path, String content, AdminFileSet context) {
        FlowParser.Result parsed = FlowParser.parse(path, content);
        if (!parsed.flowFile()) {
            return List.of(new FileProblem(1, 1, FlowMessages.text("not-a-flow")));
        }
        String[] lines = content.split("\n", -1);
        if (!parsed.ok()) {
            return parsed.problems().stream().map(p -> problem(p, path, lines)).toList();
        }
        Map<String, Flow> others = new LinkedHashMap<>();
        for (AdminFile f : context.files("", ".yaml")) {
            if (f.path().equals(path)) {
                continue;
            }
            FlowParser.Result other = FlowParser.parse(f.path(), f.content());
            if (other.flowFile() && other.ok()) {
                others.put(f.path(), other.flow());
            }
        }
        List<FlowProblem> without = check(others.values());
        Map<String, Flow> with = new LinkedHashMap<>(others);
        with.put(path, parsed.flow());
        Set<String> before = new HashSet<>();
        without.forEach(p -> before.add(p.toString()));
        List<FileProblem> problems = new ArrayList<>();
        for (FlowProblem p : check(with.values())) {
            if (p.file().equals(path) || !before.contains(p.toString())) {
                problems.add(problem(p, path, lines));
            }
        }
        // texts without a translation: warnings (the family reads them in Japanese)
        TranslationGaps.of(parsed.flow(), context).forEach(g -> problems.add(TranslationGaps.inFlowFile(g)));
        return problems;
    }

    private List<FlowProblem> check(java.util.Collection<Flow> flows) {
        List<FlowProblem> duplicates = FlowValidator.duplicateIds(flows);
        return duplicates.isEmpty() ? FlowValidator.validate(flows, properties.mainFlow()) : duplicates;
    }

    /**
     * A flow problem as the editor shows it: in this file at its line and column (without a column, where the text of
     * the line begins); a problem this file causes in another flow file at the top, naming that file and line.
     */
    private static FileProblem problem(FlowProblem p, String path, String[] lines) {
        String where = p.where() == null || p.where().isEmpty() ? "" : p.where() + "：";
        if (!p.file().equals(path)) {
            return new FileProblem(1, 1, FlowMessages.text("elsewhere", p.file(), Math.max(1, p.line()), where + p.message()));
        }
        int column = p.column();
        if (column <= 0 && p.line() > 0 && p.line() <= lines.length) {
            String line = lines[p.line() - 1];
            column = line.length() - line.stripLeading().length() + 1;
        }
        return new FileProblem(p.line(), column, where + p.message());
    }
}
