package jp.tokyo.mcc.conversation.internal.library;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jp.tokyo.mcc.conversation.FlowProblem;
import jp.tokyo.mcc.conversation.FlowStatus;
import jp.tokyo.mcc.conversation.internal.ConversationProperties;
import jp.tokyo.mcc.conversation.internal.flow.Command;
import jp.tokyo.mcc.conversation.internal.flow.Flow;
import jp.tokyo.mcc.conversation.internal.flow.FlowMessages;
import jp.tokyo.mcc.conversation.internal.flow.FlowParser;
import jp.tokyo.mcc.conversation.internal.flow.FlowValidator;
import jp.tokyo.mcc.conversation.internal.machine.FlowMachine;
import jp.tokyo.mcc.shared.AdminFile;
import jp.tokyo.mcc.shared.AdminFileSet;
import jp.tokyo.mcc.shared.AdminFiles;
import jp.tokyo.mcc.shared.Edition;
import jp.tokyo.mcc.shared.Language;
import jp.tokyo.mcc.shared.TranslationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The live flows. Reads every flow file of the administrator folder, validates the whole set and compiles it;
 * a file that is broken (or breaks the set) does not go live: its last good version stays (also across restarts,
 * from {@link FlowSources}) and the reason is logged and kept in {@link #problems()}. Conversations under way keep
 * the version they started with ({@link #version}).
 */
@Component
public class FlowLibrary implements FlowStatus, TranslationReport {

    private static final Logger log = LoggerFactory.getLogger(FlowLibrary.class);
    private static final int OLD_VERSIONS_KEPT = 64;

    private final AdminFiles files;
    private final FlowSources sources;
    private final ConversationProperties properties;
    private final Map<String, FlowMachine> versions = new ConcurrentHashMap<>();
    private volatile Live live;
    private volatile String fingerprint;
    private volatile Drafts drafts;

    /** A consistent snapshot of what is live. */
    public record Live(Map<String, FlowMachine> flows, Map<String, Command> commands, String mainFlow,
                       List<FlowProblem> problems, Instant loadedAt) {

        public Optional<FlowMachine> flow(String id) {
            return Optional.ofNullable(flows.get(id));
        }

        public Optional<Command> command(String name) {
            return Optional.ofNullable(commands.get(name));
        }
    }

    private final Translations translations;

    public FlowLibrary(AdminFiles files, FlowSources sources, ConversationProperties properties) {
        this(files, sources, properties, (MeterRegistry) null);
    }

    @Autowired
    public FlowLibrary(AdminFiles files, FlowSources sources, ConversationProperties properties,
                       ObjectProvider<MeterRegistry> registry) {
        this(files, sources, properties, registry.getIfAvailable());
    }

    private FlowLibrary(AdminFiles files, FlowSources sources, ConversationProperties properties,
                        MeterRegistry registry) {
        this.files = files;
        this.sources = sources;
        this.properties = properties;
        this.translations = new Translations(files, registry);
    }

    /** The flows in the families' other languages ({@code languages/}). */
    public Translations translations() {
        return translations;
    }

    /**
     * What is live now (loads the files on first use); for work on drafts ({@link Edition#DRAFTS}: a simulator family
     * on drafts, the conversation tests run from the editor), the drafts laid over it.
     */
    public Live live() {
        Live current = live;
        if (current == null) {
            synchronized (this) {
                if (live == null) {
                    reload();
                }
                current = live;
            }
        }
        return Edition.current() == Edition.DRAFTS ? drafts(current) : current;
    }

    /** A flow at a given version: the live one, or an older one that conversations under way still use. */
    public Optional<FlowMachine> version(String flowId, String version) {
        FlowMachine current = live().flows().get(flowId);
        if (current != null && current.flow().version().equals(version)) {
            return Optional.of(current);
        }
        FlowMachine cached = versions.get(flowId + "@" + version);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<String> source = sources.source(flowId, version);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        FlowParser.Result parsed = FlowParser.parse(flowId + ".yaml", source.get());
        if (!parsed.ok()) {
            log.warn("stored version {} of flow {} can no longer be read", version, flowId);
            return Optional.empty();
        }
        try {
            FlowMachine machine = FlowMachine.compile(parsed.flow());
            if (versions.size() >= OLD_VERSIONS_KEPT) {
                versions.clear();
            }
            versions.put(flowId + "@" + version, machine);
            return Optional.of(machine);
        } catch (IllegalStateException e) {
            log.warn("stored version {} of flow {} could not be compiled: {}", version, flowId, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Forgets everything loaded: the next use reads the files again and older versions come from the table, as
     * after a restart.
     */
    public synchronized void forget() {
        live = null;
        drafts = null;
        fingerprint = null;
        versions.clear();
    }

    /** Reloads when any flow file changed since the last load; true when it did. */
    public synchronized boolean reloadIfChanged() {
        String now = files.published().fingerprint("", ".yaml");
        if (live != null && now.equals(fingerprint)) {
            return false;
        }
        reload();
        return true;
    }

    /** Reads, validates and compiles the published flow files; the valid ones go live. */
    public synchronized void reload() {
        AdminFileSet set = files.published();
        String print = set.fingerprint("", ".yaml");
        String mainFlow = properties.mainFlow();
        Built built = build(set, this::previous, mainFlow);
        Live before = live;
        for (FlowMachine m : built.machines().values()) {
            Flow f = m.flow();
            FlowMachine old = before == null ? null : before.flows().get(f.id());
            if (old == null || !old.flow().version().equals(f.version())) {
                sources.save(f.id(), f.version(), f.file(), f.source());
                if (old != null) {
                    versions.put(old.flow().id() + "@" + old.flow().version(), old);
                }
            }
        }
        live = built.live();
        fingerprint = print;
        for (FlowProblem p : built.live().problems()) {
            log.warn("flow file not live as written: {}", p);
        }
        log.info("flows live: {}{}", describe(built.machines().values()), built.live().problems().isEmpty() ? ""
                : " (" + built.live().problems().size() + " problem(s) kept changed files from going live)");
        if (!built.machines().containsKey(mainFlow)) {
            log.error("the main flow \"{}\" is not live: the bot cannot greet families", mainFlow);
        }
    }

    /**
     * The flows a simulator family on drafts gets: the drafts over the published files, built again when a draft
     * changed; a draft that breaks the set keeps its published version. Never stored, never logged above DEBUG.
     */
    private Live drafts(Live published) {
        AdminFileSet set = files.drafts();
        String print = set.fingerprint("", ".yaml");
        if (print.equals(fingerprint)) {
            return published;
        }
        Drafts current = drafts;
        if (current != null && current.fingerprint().equals(print)) {
            return current.live();
        }
        synchronized (this) {
            if (drafts == null || !drafts.fingerprint().equals(print)) {
                Map<String, Flow> publishedByFile = new LinkedHashMap<>();
                published.flows().values().forEach(m -> publishedByFile.put(m.flow().file(), m.flow()));
                Built built = build(set, file -> Optional.ofNullable(publishedByFile.get(file)), properties.mainFlow());
                built.machines().values().forEach(m -> versions.put(m.flow().id() + "@" + m.flow().version(), m));
                log.debug("flows on drafts: {}", describe(built.machines().values()));
                drafts = new Drafts(print, built.live());
            }
            return drafts.live();
        }
    }

    private record Drafts(String fingerprint, Live live) {
    }

    private record Built(Live live, Map<String, FlowMachine> machines) {
    }

    /** Parses, validates and compiles the flow files of a set, starting from the last good version of each. */
    private Built build(AdminFileSet set, Function<String, Optional<Flow>> lastGoodOf, String mainFlow) {
        List<FlowProblem> problems = new ArrayList<>();
        Map<String, Flow> written = new LinkedHashMap<>();   // by file: the flows as the files are now
        Map<String, Flow> lastGood = new LinkedHashMap<>();  // by file: the last version that went live
        for (AdminFile file : set.files("", ".yaml")) {
            String name = file.fileName();
            FlowParser.Result parsed = FlowParser.parse(name, file.content());
            if (!parsed.flowFile()) {
                continue; // centers.yaml and other administrator files
            }
            lastGoodOf.apply(name).ifPresent(f -> lastGood.put(name, f));
            if (parsed.ok()) {
                written.put(name, parsed.flow());
            } else {
                problems.addAll(parsed.problems());
            }
        }
        Map<String, Flow> chosen = choose(written, lastGood, mainFlow, problems);
        Map<String, FlowMachine> machines = new LinkedHashMap<>();
        for (Flow flow : chosen.values()) {
            try {
                machines.put(flow.id(), FlowMachine.compile(flow));
            } catch (IllegalStateException e) {
                problems.add(new FlowProblem(flow.file(), 0, "", FlowMessages.text("compile", e.getMessage())));
            }
        }
        Map<String, Command> commands = new LinkedHashMap<>();
        for (FlowMachine m : machines.values()) {
            m.flow().commands().forEach(commands::putIfAbsent);
        }
        Live built = new Live(Map.copyOf(machines), Map.copyOf(commands), mainFlow, List.copyOf(problems), Instant.now());
        return new Built(built, machines);
    }

    /**
     * Takes every file as written when the whole set is valid; otherwise starts from the last good versions and
     * adds the changed files one at a time, keeping each that leaves the set valid.
     */
    private Map<String, Flow> choose(Map<String, Flow> written, Map<String, Flow> lastGood, String mainFlow,
                                     List<FlowProblem> problems) {
        Map<String, Flow> all = new LinkedHashMap<>(lastGood);
        all.putAll(written);
        List<FlowProblem> duplicates = FlowValidator.duplicateIds(all.values());
        List<FlowProblem> allProblems = new ArrayList<>(duplicates);
        if (duplicates.isEmpty()) {
            allProblems.addAll(FlowValidator.validate(all.values(), mainFlow));
        }
        if (allProblems.isEmpty()) {
            return all;
        }
        Map<String, Flow> base = new LinkedHashMap<>();
        for (Map.Entry<String, Flow> e : lastGood.entrySet()) {
            base.put(e.getKey(), e.getValue());
        }
        List<FlowProblem> baseProblems = check(base.values(), mainFlow);
        Set<String> rejected = new HashSet<>();
        for (Map.Entry<String, Flow> e : written.entrySet()) {
            Flow previous = lastGood.get(e.getKey());
            if (previous != null && previous.version().equals(e.getValue().version())) {
                continue;
            }
            Map<String, Flow> trial = new LinkedHashMap<>(base);
            trial.put(e.getKey(), e.getValue());
            List<FlowProblem> trialProblems = check(trial.values(), mainFlow);
            if (newProblems(trialProblems, baseProblems).isEmpty()) {
                base = trial;
                baseProblems = trialProblems;
            } else {
                rejected.add(e.getKey());
            }
        }
        for (FlowProblem p : allProblems) {
            if (rejected.contains(p.file())) {
                problems.add(p);
            }
        }
        for (String file : rejected) {
            if (allProblems.stream().noneMatch(p -> p.file().equals(file))) {
                Map<String, Flow> trial = new LinkedHashMap<>(base);
                trial.put(file, written.get(file));
                problems.addAll(newProblems(check(trial.values(), mainFlow), baseProblems));
            }
            problems.add(new FlowProblem(file, 0, "", FlowMessages.text(lastGood.containsKey(file)
                    ? "not-live-kept" : "not-live-none")));
        }
        problems.addAll(newProblems(baseProblems, problems));
        return base;
    }

    private static List<FlowProblem> check(Collection<Flow> flows, String mainFlow) {
        List<FlowProblem> duplicates = FlowValidator.duplicateIds(flows);
        return duplicates.isEmpty() ? FlowValidator.validate(flows, mainFlow) : duplicates;
    }

    private static List<FlowProblem> newProblems(List<FlowProblem> now, List<FlowProblem> before) {
        Set<String> known = new HashSet<>();
        before.forEach(p -> known.add(p.file() + "|" + p.where() + "|" + p.message()));
        return now.stream().filter(p -> !known.contains(p.file() + "|" + p.where() + "|" + p.message())).toList();
    }

    private Optional<Flow> previous(String file) {
        Live current = live;
        if (current != null) {
            for (FlowMachine m : current.flows().values()) {
                if (m.flow().file().equals(file)) {
                    return Optional.of(m.flow());
                }
            }
            return Optional.empty();
        }
        return sources.latestOfFile(file).map(text -> FlowParser.parse(file, text)).filter(FlowParser.Result::ok)
                .map(FlowParser.Result::flow);
    }

    private static String describe(Collection<FlowMachine> machines) {
        return machines.stream().map(m -> m.flow().id() + "@" + m.flow().version()).sorted().toList().toString();
    }

    // --- FlowStatus ------------------------------------------------------------------------------------------

    @Override
    public Map<String, String> liveVersions() {
        Map<String, String> result = new LinkedHashMap<>();
        live().flows().values().forEach(m -> result.put(m.flow().id(), m.flow().version()));
        return result;
    }

    @Override
    public List<FlowProblem> problems() {
        return live().problems();
    }

    @Override
    public Instant loadedAt() {
        return live().loadedAt();
    }

    // --- TranslationReport -----------------------------------------------------------------------------------

    /** The flows' texts without a translation (the engine's own texts are reported by the engine's bundle). */
    @Override
    public Map<Language, List<String>> translationGaps() {
        Map<Language, List<String>> gaps = new java.util.EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            if (!l.isJapanese()) {
                gaps.put(l, new ArrayList<>());
            }
        }
        for (TranslationGap g : Edition.PUBLISHED.call(() -> translations.gaps(live()))) {
            gaps.get(g.language()).add(g.file() + " " + g.line() + FlowMessages.text("translation.line") + ": "
                    + g.item());
        }
        return gaps;
    }
}
