package jp.tokyo.mcc.safety.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import jp.tokyo.mcc.safety.SafetyAssessment;
import jp.tokyo.mcc.safety.SafetyCheck;
import jp.tokyo.mcc.safety.internal.detect.Detection;
import jp.tokyo.mcc.safety.internal.detect.Detector;
import jp.tokyo.mcc.safety.internal.files.SafetyFiles;
import jp.tokyo.mcc.safety.internal.languages.SafetyLanguages;
import jp.tokyo.mcc.safety.internal.rules.Rulebook;
import jp.tokyo.mcc.shared.AdminFileReport;
import jp.tokyo.mcc.shared.AdminFileStatus;
import jp.tokyo.mcc.shared.AdminFiles;
import jp.tokyo.mcc.shared.AdminFilesPublished;
import jp.tokyo.mcc.shared.Edition;

/**
 * The safety net over the administrator files {@code flows/safety/*.yaml}. The files are re-read when they change; a
 * file with problems never goes live (its last good version stays; at start-up, the copy packaged with the
 * application) and its problems are logged and shown on the administrators' status page. Work on drafts (a simulator
 * family on drafts, the conversation tests run from the editor: {@link Edition#DRAFTS}) is read with the draft files
 * (a draft with problems keeps the published file). The family's text is never logged, nor what was found in it.
 */
@Service
class SafetyNet implements SafetyCheck, AdminFileReport, jp.tokyo.mcc.shared.TranslationReport {

    private static final Logger log = LoggerFactory.getLogger(SafetyNet.class);

    private final AdminFiles adminFiles;
    private final SafetyFiles files;
    private volatile Detector detector;
    private volatile String fingerprint;
    private volatile Drafts drafts;
    private volatile List<AdminFileStatus> status = List.of();
    private volatile SafetyLanguages languages = SafetyLanguages.NONE;

    SafetyNet(AdminFiles adminFiles) {
        this.adminFiles = adminFiles;
        this.files = new SafetyFiles(name -> adminFiles.file(SafetyFiles.FOLDER + "/" + name),
                name -> new ClassPathResource("flows/" + SafetyFiles.FOLDER + "/" + name));
        reload();
    }

    @Override
    public SafetyAssessment assess(String text) {
        Detector d = detector();
        if (d == null || text == null || text.isBlank()) {
            return SafetyAssessment.NOTHING;
        }
        SafetyLanguages l = languages;
        return SafetyAnswers.of(detect(d, l, text), d.rules(), l);
    }

    /** What the detector saw in a text (signs, tiers, context), for tests and administrators' checks. */
    Detection detect(String text) {
        Detector d = detector();
        return d == null ? Detection.NOTHING : detect(d, languages, text);
    }

    /** The Japanese words' findings and every other language's: a family may write in any of them. */
    private static Detection detect(Detector d, SafetyLanguages languages, String text) {
        Detection japanese = d.detect(text);
        List<jp.tokyo.mcc.safety.internal.detect.Finding> other = languages.detect(text);
        if (other.isEmpty()) {
            return japanese;
        }
        List<jp.tokyo.mcc.safety.internal.detect.Finding> all = new java.util.ArrayList<>(japanese.findings());
        all.addAll(other);
        return new Detection(all);
    }

    /** The safety net's answers and words in the other languages, for the administrators' report. */
    SafetyLanguages languages() {
        return languages;
    }

    /**
     * The live detector; for work on drafts, one over the draft files (a draft with problems keeps the published
     * file), built again when they change.
     */
    private Detector detector() {
        Detector live = detector;
        if (live == null || Edition.current() != Edition.DRAFTS) {
            return live;
        }
        String print = print(adminFiles.current());
        if (print.equals(fingerprint)) {
            return live;
        }
        Drafts current = drafts;
        if (current == null || !current.fingerprint().equals(print)) {
            synchronized (this) {
                current = drafts;
                if (current == null || !current.fingerprint().equals(print)) {
                    Rulebook rules = files.load(live.rules()).rulebook();
                    current = new Drafts(print, rules == null ? live : new Detector(rules));
                    drafts = current;
                }
            }
        }
        return current.detector();
    }

    private record Drafts(String fingerprint, Detector detector) {
    }

    @Scheduled(fixedDelayString = "${app.safety.reload-interval:5s}",
            initialDelayString = "${app.safety.reload-interval:5s}")
    void reloadIfChanged() {
        if (!print(adminFiles.published()).equals(fingerprint)) {
            reload();
        }
    }

    /** Published safety files go live at once. */
    @EventListener(AdminFilesPublished.class)
    void published() {
        reloadIfChanged();
    }

    /** Reads the published files; returns whether all of them are good. */
    synchronized boolean reload() {
        return Edition.PUBLISHED.call(this::reloadPublished);
    }

    private boolean reloadPublished() {
        fingerprint = print(adminFiles.current());
        languages = SafetyLanguages.load(adminFiles::file, languages);
        languages.problems().forEach((l, problems) -> problems.forEach(p ->
                log.error("Safety file problem: {}: {}", SafetyLanguages.path(l), p)));
        Detector current = detector;
        SafetyFiles.Loaded loaded = files.load(current == null ? null : current.rules());
        status = loaded.status();
        for (AdminFileStatus s : loaded.status()) {
            s.problems().forEach(p -> log.error("Safety file problem: {}", p));
        }
        Rulebook rules = loaded.rulebook();
        if (rules == null) {
            log.error("The safety words have problems and no usable copy: emergencies are NOT recognised");
            return false;
        }
        detector = new Detector(rules);
        if (loaded.allGood()) {
            log.info("Safety files loaded: {} concepts, {} signs", rules.vocabulary().concepts().size(),
                    rules.signs().size());
        } else {
            log.error("Some safety files have problems: their last good version (or the packaged copy) stays in use");
        }
        return loaded.allGood();
    }

    /** The safety files' fingerprint, with the languages' safety files. */
    private static String print(jp.tokyo.mcc.shared.AdminFileSet set) {
        StringBuilder sb = new StringBuilder(set.fingerprint(SafetyFiles.FOLDER, ".yaml"));
        for (jp.tokyo.mcc.shared.Language l : jp.tokyo.mcc.shared.Language.values()) {
            set.file(SafetyLanguages.path(l)).ifPresent(f -> sb.append(f.path()).append(':').append(f.hash()));
        }
        return sb.toString();
    }

    /** The tiers' answers without a translation (the family gets the Japanese answer). */
    @Override
    public java.util.Map<jp.tokyo.mcc.shared.Language, List<String>> translationGaps() {
        java.util.Map<jp.tokyo.mcc.shared.Language, List<String>> gaps = new java.util.EnumMap<>(
                jp.tokyo.mcc.shared.Language.class);
        Detector d = detector;
        SafetyLanguages l = languages;
        for (jp.tokyo.mcc.shared.Language language : jp.tokyo.mcc.shared.Language.values()) {
            if (!language.isJapanese() && d != null) {
                gaps.put(language, l.gaps(language, d.rules()).stream()
                        .map(g -> SafetyLanguages.path(language) + ": safety / " + g).toList());
            }
        }
        return gaps;
    }

    @Override
    public List<AdminFileStatus> adminFileStatus() {
        return status;
    }
}
