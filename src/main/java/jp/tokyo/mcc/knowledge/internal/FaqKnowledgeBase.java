package jp.tokyo.mcc.knowledge.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import jp.tokyo.mcc.knowledge.FaqAnswer;
import jp.tokyo.mcc.knowledge.FaqEntry;
import jp.tokyo.mcc.knowledge.FaqHit;
import jp.tokyo.mcc.knowledge.FaqSearch;
import jp.tokyo.mcc.shared.AdminFileReport;
import jp.tokyo.mcc.shared.AdminFileStatus;
import jp.tokyo.mcc.shared.AdminFiles;
import jp.tokyo.mcc.shared.AdminFilesPublished;
import jp.tokyo.mcc.shared.Edition;
import jp.tokyo.mcc.shared.Language;

/**
 * The FAQ as families search it. The index is built at start-up and rebuilt when the files under
 * {@code flows/faq/} change; a file with problems never goes live (the last good index stays, the problems are
 * logged). At start-up, with no good index yet, the files without problems go live.
 */
@Service
class FaqKnowledgeBase implements FaqSearch, AdminFileReport, jp.tokyo.mcc.shared.TranslationReport {

    private static final Logger log = LoggerFactory.getLogger(FaqKnowledgeBase.class);
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** An English hit is the clear answer when the next one scores less than this share of it. */
    private static final double ENGLISH_CLEAR_RATIO = 0.75;

    private final FaqFiles files;
    private final FaqFeedbackReplies feedback;
    private final UnansweredQuestions questions;
    private final KnowledgeProperties properties;
    private final Clock clock;
    private final JapaneseAnalysis analysis = new JapaneseAnalysis();
    private final FaqTranslations translations;

    private volatile FaqIndex index;
    private volatile String fingerprint;
    private volatile Drafts drafts;
    private volatile boolean everLoaded;
    private volatile AdminFileStatus status;

    @Autowired
    FaqKnowledgeBase(AdminFiles adminFiles, FaqFeedbackReplies feedback, UnansweredQuestions questions,
                     KnowledgeProperties properties) {
        this(adminFiles, feedback, questions, properties, Clock.system(TOKYO));
    }

    FaqKnowledgeBase(AdminFiles adminFiles, FaqFeedbackReplies feedback, KnowledgeProperties properties) {
        this(adminFiles, feedback, null, properties, Clock.system(TOKYO));
    }

    FaqKnowledgeBase(AdminFiles adminFiles, FaqFeedbackReplies feedback, KnowledgeProperties properties, Clock clock) {
        this(adminFiles, feedback, null, properties, clock);
    }

    FaqKnowledgeBase(AdminFiles adminFiles, FaqFeedbackReplies feedback, UnansweredQuestions questions,
                     KnowledgeProperties properties, Clock clock) {
        this.files = new FaqFiles(adminFiles);
        this.translations = new FaqTranslations(adminFiles);
        this.feedback = feedback;
        this.questions = questions;
        this.properties = properties;
        this.clock = clock;
        this.index = FaqIndex.empty(analysis);
        reload();
    }

    @Override
    public List<FaqHit> search(String text, int max) {
        return index().search(text, max, properties.confidenceThreshold());
    }

    @Override
    public FaqAnswer answer(String text) {
        if (EnglishFaqIndex.looksEnglish(text) && !translations.english().isEmpty()) {
            return english(text);
        }
        return index().answer(text, properties.confidenceThreshold(), properties.clearMargin());
    }

    /**
     * An English question: the English texts searched; one confident entry well ahead is clear, else the confident
     * ones (at most three) are close.
     */
    private FaqAnswer english(String text) {
        FaqIndex current = index();
        List<FaqEntry> confident = new java.util.ArrayList<>();
        List<EnglishFaqIndex.Hit> hits = translations.english().search(text, 3);
        for (EnglishFaqIndex.Hit h : hits) {
            if (h.confident()) {
                current.entry(h.id()).ifPresent(confident::add);
            }
        }
        if (confident.isEmpty()) {
            return new FaqAnswer.Nothing();
        }
        boolean clear = confident.size() == 1 || hits.get(1).score() < ENGLISH_CLEAR_RATIO * hits.get(0).score();
        return clear ? new FaqAnswer.Clear(confident.get(0)) : new FaqAnswer.Ambiguous(confident);
    }

    /** The live entries without a translation, per language (their families read the Japanese answer). */
    @Override
    public java.util.Map<Language, List<String>> translationGaps() {
        java.util.Map<Language, List<String>> gaps = new java.util.EnumMap<>(Language.class);
        List<FaqEntry> entries = index.entries();
        for (Language l : Language.values()) {
            if (!l.isJapanese()) {
                gaps.put(l, entries.stream().filter(e -> !translations.translated(e.id(), l))
                        .map(e -> FaqTranslations.path(l) + ": faq / " + e.id()).toList());
            }
        }
        return gaps;
    }

    @Override
    public FaqEntry in(FaqEntry entry, Language language) {
        return translations.in(entry, language);
    }

    @Override
    public boolean translated(FaqEntry entry, Language language) {
        return translations.translated(entry.id(), language);
    }

    @Override
    public Optional<FaqEntry> entry(String id) {
        return index().entry(id);
    }

    /** The live index; for work on drafts, the index of the draft FAQ files (built again when they change). */
    private FaqIndex index() {
        if (Edition.current() != Edition.DRAFTS) {
            return index;
        }
        String print = files.fingerprint();
        if (print.equals(fingerprint)) {
            return index;
        }
        Drafts current = drafts;
        if (current == null || !current.fingerprint().equals(print)) {
            synchronized (this) {
                if (drafts == null || !drafts.fingerprint().equals(print)) {
                    drafts = new Drafts(print, new FaqIndex(files.read(LocalDate.now(clock)).usable(), analysis));
                }
                current = drafts;
            }
        }
        return current.index();
    }

    private record Drafts(String fingerprint, FaqIndex index) {
    }

    @Override
    public void recordFeedback(String entryId, boolean resolved) {
        if (entryId == null || entryId.isBlank() || entryId.length() > FaqFileReader.MAX_ID) {
            throw new IllegalArgumentException("not an FAQ entry id");
        }
        feedback.insert(entryId, resolved, Instant.now(clock));
    }

    @Override
    public void recordFeedback(String entryId, boolean resolved, String userId, String askedText) {
        recordFeedback(entryId, resolved);
        if (!resolved && questions != null && userId != null && askedText != null && !askedText.isBlank()) {
            questions.insert(userId, JapaneseText.normalize(askedText), UnansweredQuestions.NOT_HELPFUL, entryId,
                    Instant.now(clock));
        }
    }

    @Override
    public void recordUnanswered(String userId, String text) {
        if (questions != null && userId != null && text != null && !text.isBlank()) {
            questions.insert(userId, JapaneseText.normalize(text), UnansweredQuestions.UNANSWERED, null,
                    Instant.now(clock));
        }
    }

    /** All live entries, in file order (for the console and tests). */
    List<FaqEntry> entries() {
        return index.entries();
    }

    /** Rebuilds the index when the files changed since the last look. */
    @Scheduled(fixedDelayString = "${app.knowledge.reload-interval:5s}",
            initialDelayString = "${app.knowledge.reload-interval:5s}")
    void reloadIfChanged() {
        if (!Edition.PUBLISHED.call(files::fingerprint).equals(fingerprint)) {
            reload();
        }
    }

    /** Published FAQ files go live at once. */
    @EventListener(AdminFilesPublished.class)
    void published() {
        reloadIfChanged();
    }

    /** Reads the files; returns whether they went live. */
    synchronized boolean reload() {
        String seen = Edition.PUBLISHED.call(files::fingerprint);
        FaqFiles.Snapshot snapshot = Edition.PUBLISHED.call(() -> files.read(LocalDate.now(clock)));
        fingerprint = seen;
        snapshot.problems().forEach(p -> log.error("FAQ file problem: {}", p));
        boolean live = snapshot.ok() || !everLoaded;
        if (live) {
            index = new FaqIndex(snapshot.usable(), snapshot.synonyms(), analysis);
            everLoaded = true;
            if (snapshot.ok()) {
                log.info("FAQ index built: {} entries from {} files", index.size(), snapshot.files());
            } else {
                log.error("FAQ index built from the files without problems only: {} entries; fix the files above",
                        index.size());
            }
        } else {
            log.error("FAQ files have problems: the FAQ stays as it was ({} entries) until they are fixed", index.size());
        }
        status = new AdminFileStatus("faq", index.size(), Instant.now(clock),
                snapshot.problems().stream().map(FaqProblem::toString).toList());
        return snapshot.ok();
    }

    @Override
    public List<AdminFileStatus> adminFileStatus() {
        return List.of(status);
    }
}
