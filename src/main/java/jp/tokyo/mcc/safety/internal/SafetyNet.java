package jp.tokyo.mcc.safety.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import jp.tokyo.mcc.safety.SafetyAlert;
import jp.tokyo.mcc.safety.SafetyCheck;
import jp.tokyo.mcc.shared.AdminFileReport;
import jp.tokyo.mcc.shared.AdminFileStatus;
import jp.tokyo.mcc.shared.AdminFiles;
import jp.tokyo.mcc.shared.AdminFilesPublished;
import jp.tokyo.mcc.shared.Edition;

/**
 * The safety net over the administrator phrase files {@code flows/safety/emergency.yaml} and {@code disaster.yaml}.
 * An emergency wins over a disaster. Each file is re-read when it changes; a file with problems never goes live
 * (its last good version stays; at start-up, the copy packaged with the application is used instead) and the
 * problems are logged. The family's text is never logged.
 */
@Service
class SafetyNet implements SafetyCheck, AdminFileReport {

    private static final Logger log = LoggerFactory.getLogger(SafetyNet.class);
    static final String FOLDER = "safety";

    private final AdminFiles adminFiles;
    private final SafetyFileReader reader = new SafetyFileReader();
    private final Map<SafetyAlert.Kind, SafetyRules> rules = new EnumMap<>(SafetyAlert.Kind.class);
    private volatile Map<SafetyAlert.Kind, SafetyRules> live = Map.of();
    private volatile String fingerprint;
    private volatile Drafts drafts;
    private volatile List<AdminFileStatus> status = List.of();

    SafetyNet(AdminFiles adminFiles) {
        this.adminFiles = adminFiles;
        reload();
    }

    @Override
    public Optional<SafetyAlert> check(String text) {
        String normalized = SafetyText.normalize(text);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        Map<SafetyAlert.Kind, SafetyRules> current = rules();
        for (SafetyAlert.Kind kind : SafetyAlert.Kind.values()) { // EMERGENCY first
            SafetyRules r = current.get(kind);
            if (r != null && r.firstMatch(normalized).isPresent()) {
                return Optional.of(r.alert());
            }
        }
        return Optional.empty();
    }

    /**
     * The live rules; for work on drafts, the draft phrase files' (a file with problems keeps its live rules),
     * built again when they change.
     */
    private Map<SafetyAlert.Kind, SafetyRules> rules() {
        if (Edition.current() != Edition.DRAFTS) {
            return live;
        }
        String print = adminFiles.fingerprint(FOLDER, ".yaml");
        if (print.equals(fingerprint)) {
            return live;
        }
        Drafts current = drafts;
        if (current == null || !current.fingerprint().equals(print)) {
            synchronized (this) {
                if (drafts == null || !drafts.fingerprint().equals(print)) {
                    Map<SafetyAlert.Kind, SafetyRules> draftRules = new EnumMap<>(SafetyAlert.Kind.class);
                    for (SafetyAlert.Kind kind : SafetyAlert.Kind.values()) {
                        String name = FOLDER + "/" + kind.name().toLowerCase(Locale.ROOT) + ".yaml";
                        SafetyFileReader.Result result = read(adminFiles.file(name), name, kind);
                        draftRules.put(kind, result.ok() ? result.rules() : live.get(kind));
                    }
                    drafts = new Drafts(print, Map.copyOf(draftRules));
                }
                current = drafts;
            }
        }
        return current.rules();
    }

    private record Drafts(String fingerprint, Map<SafetyAlert.Kind, SafetyRules> rules) {
    }

    /** The name of the trigger that fires for a text, for tests and administrators' checks. */
    Optional<String> explain(String text) {
        String normalized = SafetyText.normalize(text);
        for (SafetyAlert.Kind kind : SafetyAlert.Kind.values()) {
            SafetyRules r = live.get(kind);
            Optional<SafetyRule> rule = r == null ? Optional.empty() : r.firstMatch(normalized);
            if (rule.isPresent()) {
                return Optional.of(kind + ": " + rule.get().name());
            }
        }
        return Optional.empty();
    }

    @Scheduled(fixedDelayString = "${app.safety.reload-interval:5s}",
            initialDelayString = "${app.safety.reload-interval:5s}")
    void reloadIfChanged() {
        if (!adminFiles.published().fingerprint(FOLDER, ".yaml").equals(fingerprint)) {
            reload();
        }
    }

    /** Published phrase files go live at once. */
    @EventListener(AdminFilesPublished.class)
    void published() {
        reloadIfChanged();
    }

    /** Reads both files; returns whether both are good. */
    synchronized boolean reload() {
        return Edition.PUBLISHED.call(this::reloadPublished);
    }

    private boolean reloadPublished() {
        fingerprint = adminFiles.fingerprint(FOLDER, ".yaml");
        boolean allGood = true;
        Map<SafetyAlert.Kind, List<String>> problems = new EnumMap<>(SafetyAlert.Kind.class);
        for (SafetyAlert.Kind kind : SafetyAlert.Kind.values()) {
            String name = FOLDER + "/" + kind.name().toLowerCase(Locale.ROOT) + ".yaml";
            SafetyFileReader.Result result = read(adminFiles.file(name), name, kind);
            problems.put(kind, result.problems());
            if (result.ok()) {
                rules.put(kind, result.rules());
                continue;
            }
            allGood = false;
            result.problems().forEach(p -> log.error("Safety phrase file problem: {}", p));
            if (rules.containsKey(kind)) {
                log.error("{} has problems: the last good version stays in use until it is fixed", name);
                continue;
            }
            SafetyFileReader.Result packaged = read(new ClassPathResource("flows/" + name), name + " (packaged)", kind);
            if (packaged.ok()) {
                rules.put(kind, packaged.rules());
                log.error("{} has problems: using the copy packaged with the application until it is fixed", name);
            } else {
                rules.put(kind, SafetyRules.none(kind));
                log.error("{} has problems and no usable copy: {} messages are NOT recognised", name, kind);
            }
        }
        live = Map.copyOf(rules);
        Instant now = Instant.now();
        status = Arrays.stream(SafetyAlert.Kind.values())
                .map(kind -> new AdminFileStatus("safety-" + kind.name().toLowerCase(Locale.ROOT),
                        rules.get(kind).triggers().size(), now, problems.get(kind)))
                .toList();
        if (allGood) {
            log.info("Safety phrases loaded: {} emergency and {} disaster triggers",
                    rules.get(SafetyAlert.Kind.EMERGENCY).triggers().size(),
                    rules.get(SafetyAlert.Kind.DISASTER).triggers().size());
        }
        return allGood;
    }

    @Override
    public List<AdminFileStatus> adminFileStatus() {
        return status;
    }

    private SafetyFileReader.Result read(Resource resource, String name, SafetyAlert.Kind kind) {
        if (!resource.exists()) {
            return new SafetyFileReader.Result(null, List.of(name + ": the file is missing"));
        }
        try {
            return reader.read(name, kind, resource.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new SafetyFileReader.Result(null,
                    List.of(name + ": cannot be read (" + e.getClass().getSimpleName() + ")"));
        }
    }
}
