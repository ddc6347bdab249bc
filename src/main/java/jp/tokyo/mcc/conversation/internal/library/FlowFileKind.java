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
            return List.of(new FileProblem(1, 1, "a flow file needs start: and states: at the top"));
        }
        if (!parsed.ok()) {
            return parsed.problems().stream().map(p -> problem(p, path)).toList();
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
            if (p.file().equals(path)) {
                problems.add(problem(p, path));
            } else if (!before.contains(p.toString())) {
                problems.add(problem(p, path));
            }
        }
        return problems;
    }

    private List<FlowProblem> check(java.util.Collection<Flow> flows) {
        List<FlowProblem> duplicates = FlowValidator.duplicateIds(flows);
        return duplicates.isEmpty() ? FlowValidator.validate(flows, properties.mainFlow()) : duplicates;
    }

    private static FileProblem problem(FlowProblem p, String path) {
        String where = p.where() == null || p.where().isEmpty() ? "" : p.where() + ": ";
        if (!p.file().equals(path)) {
            return new FileProblem(1, 1, p.file() + (p.line() > 0 ? ":" + p.line() : "") + " " + where + p.message());
        }
        return new FileProblem(p.line(), 1, where + p.message());
    }
}
