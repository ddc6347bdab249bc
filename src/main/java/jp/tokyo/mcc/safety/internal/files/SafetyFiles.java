package jp.tokyo.mcc.safety.internal.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.core.io.Resource;

import jp.tokyo.mcc.safety.SafetyTier;
import jp.tokyo.mcc.safety.internal.rules.ContextCues;
import jp.tokyo.mcc.safety.internal.rules.Rulebook;
import jp.tokyo.mcc.safety.internal.rules.TierRules;
import jp.tokyo.mcc.safety.internal.rules.Vocabulary;
import jp.tokyo.mcc.shared.AdminFileStatus;

/**
 * Reads the seven safety files of {@code flows/safety/} into a {@link Rulebook}. A file with problems never goes live:
 * the last good version of that file stays, and when there is none (at start-up) the copy packaged with the
 * application is used. Tier files name concepts of words.yaml, so they are read against the words in use.
 */
public final class SafetyFiles {

    public static final String FOLDER = "safety";

    /** The outcome of one reading: the rulebook to use and, per file, its status for the administrators' page. */
    public record Loaded(Rulebook rulebook, List<AdminFileStatus> status, boolean allGood) {
    }

    private final Function<String, Resource> working;
    private final Function<String, Resource> packaged;

    /**
     * @param working  a file of the administrators' folder by name (e.g. {@code words.yaml})
     * @param packaged the same file as packaged with the application
     */
    public SafetyFiles(Function<String, Resource> working, Function<String, Resource> packaged) {
        this.working = working;
        this.packaged = packaged;
    }

    /** Reads every file; {@code lastGood} (may be null) supplies what a broken file keeps. */
    public Loaded load(Rulebook lastGood) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        Map<String, Integer> live = new LinkedHashMap<>();

        Read<Vocabulary> w = read(WordsFileReader.FILE, working, (name, text) -> WordsFileReader.read(name, text));
        problems.put("words", w.problems());
        Vocabulary packagedWords = null;
        Vocabulary words = w.value();
        if (words == null) {
            words = lastGood != null ? lastGood.vocabulary()
                    : (packagedWords = read(WordsFileReader.FILE, packaged, WordsFileReader::read).value());
        }
        Read<ContextCues> c = read(ContextFileReader.FILE, working, ContextFileReader::read);
        problems.put("context", c.problems());
        ContextCues cues = c.value() != null ? c.value() : lastGood != null ? lastGood.cues()
                : read(ContextFileReader.FILE, packaged, ContextFileReader::read).value();
        if (words == null || cues == null) {
            // neither the folder's nor the packaged words: nothing can be recognised (logged by the caller)
            return new Loaded(null, status(problems, live), false);
        }
        live.put("words", words.concepts().size());
        live.put("context", cueCount(cues));

        Map<SafetyTier, TierRules> tiers = new EnumMap<>(SafetyTier.class);
        for (SafetyTier tier : SafetyTier.values()) {
            String file = TierFileReader.fileName(tier);
            Vocabulary in = words;
            Read<TierRules> r = read(file, working, (name, text) -> TierFileReader.read(name, tier, text, in));
            problems.put(key(tier), r.problems());
            TierRules rules = r.value();
            if (rules == null && lastGood != null) {
                rules = lastGood.tier(tier);
            }
            if (rules == null) {
                rules = read(file, packaged, (name, text) -> TierFileReader.read(name, tier, text, in)).value();
            }
            if (rules == null) {
                Vocabulary own = packagedWords != null ? packagedWords
                        : (packagedWords = read(WordsFileReader.FILE, packaged, WordsFileReader::read).value());
                rules = own == null ? TierRules.none(tier)
                        : read(file, packaged, (name, text) -> TierFileReader.read(name, tier, text, own)).value();
            }
            tiers.put(tier, rules == null ? TierRules.none(tier) : rules);
            live.put(key(tier), tiers.get(tier).signs().size());
        }
        boolean allGood = problems.values().stream().allMatch(List::isEmpty);
        return new Loaded(new Rulebook(words, cues, tiers), status(problems, live), allGood);
    }

    /**
     * The status id of one of the folder's files (words.yaml: {@code safety-words}, emergency.yaml:
     * {@code safety-emergency}...), or null for a file the safety net does not read.
     */
    public static String statusId(String file) {
        if (file.equals(WordsFileReader.FILE)) {
            return "safety-words";
        }
        if (file.equals(ContextFileReader.FILE)) {
            return "safety-context";
        }
        for (SafetyTier tier : SafetyTier.values()) {
            if (file.equals(TierFileReader.fileName(tier))) {
                return "safety-" + key(tier);
            }
        }
        return null;
    }

    /** The problem of a file in the folder that the safety net does not read. */
    public static String unknownFile() {
        return ProblemText.of("file.unknown");
    }

    /** The status ids on the administrators' page: safety-words, safety-context, safety-emergency... */
    static String key(SafetyTier tier) {
        return tier.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static int cueCount(ContextCues cues) {
        return cues.present().terms().size() + cues.calm().terms().size() + cues.past().terms().size()
                + cues.frame().terms().size() + cues.about().terms().size() + cues.supposing().terms().size()
                + cues.worry().terms().size();
    }

    private static List<AdminFileStatus> status(Map<String, List<String>> problems, Map<String, Integer> live) {
        Instant now = Instant.now();
        List<AdminFileStatus> status = new ArrayList<>();
        problems.forEach((key, list) -> status.add(new AdminFileStatus("safety-" + key, live.getOrDefault(key, 0), now,
                list)));
        return status;
    }

    private interface Reader<T> {
        Read<T> read(String name, String content);
    }

    private static <T> Read<T> read(String file, Function<String, Resource> source, Reader<T> reader) {
        String name = FOLDER + "/" + file;
        Resource resource = source.apply(file);
        if (resource == null || !resource.exists()) {
            return new Read<>(null, List.of(name + ": " + ProblemText.of("file.missing")));
        }
        try {
            return reader.read(name, resource.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Read<>(null, List.of(name + ": " + ProblemText.of("file.unreadable", e.getClass().getSimpleName())));
        }
    }
}
