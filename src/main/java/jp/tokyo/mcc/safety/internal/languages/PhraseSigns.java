package jp.tokyo.mcc.safety.internal.languages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tokyo.mcc.safety.SafetyTier;
import jp.tokyo.mcc.safety.internal.detect.Finding;

/**
 * The safety net's signs in a language other than Japanese ({@code words:} of each tier in
 * {@code languages/<language>/safety.yaml}): phrases whose words must come in order in one sentence, with at most
 * {@link #GAP} other words between them (「my son is not breathing」 for 「not breathing」), and not just after a
 * negation (「not turning blue」). Context cues weigh them as the Japanese ones do: {@code about} (if, in case...) makes
 * a sign talk (a reminder; crisis words still get their answer), {@code frame} (training, prevent...) makes it talk for
 * every tier, {@code calm} (now fine, calmed down) makes an emergency an urgent doubt, {@code worry} makes a disaster a
 * question of preparation.
 */
public final class PhraseSigns {

    static final int GAP = 2;
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "without");

    /** One phrase of a tier: as written, and its stems. */
    record Phrase(SafetyTier tier, String written, List<String> stems) {
    }

    /** The cues of the file, as stems. */
    record Cues(List<List<String>> about, List<List<String>> frame, List<List<String>> calm,
                List<List<String>> worry) {
    }

    private final List<Phrase> phrases;
    private final Cues cues;

    PhraseSigns(Map<SafetyTier, List<String>> words, Map<String, List<String>> cues) {
        List<Phrase> list = new ArrayList<>();
        Map<SafetyTier, List<String>> ordered = new EnumMap<>(SafetyTier.class);
        ordered.putAll(words);
        ordered.forEach((tier, phrases) -> phrases.forEach(p -> {
            List<String> stems = PhraseText.words(p);
            if (!stems.isEmpty()) {
                list.add(new Phrase(tier, p, stems));
            }
        }));
        this.phrases = List.copyOf(list);
        this.cues = new Cues(stems(cues.get("about")), stems(cues.get("frame")), stems(cues.get("calm")),
                stems(cues.get("worry")));
    }

    public boolean isEmpty() {
        return phrases.isEmpty();
    }

    public int size() {
        return phrases.size();
    }

    /** The findings in a text: at most one per tier and sentence, the most serious reading first. */
    public List<Finding> detect(String text) {
        List<Finding> findings = new ArrayList<>();
        if (phrases.isEmpty() || text == null) {
            return findings;
        }
        for (List<String> sentence : PhraseText.sentences(text)) {
            for (Phrase p : phrases) {
                if (found(sentence, p.stems(), true)) {
                    findings.add(judge(p, sentence));
                }
            }
        }
        return findings;
    }

    private Finding judge(Phrase p, List<String> sentence) {
        String sign = p.written();
        boolean frame = any(sentence, cues.frame());
        boolean about = any(sentence, cues.about());
        return switch (p.tier()) {
            case CRISIS -> frame ? new Finding(sign, p.tier(), null, Finding.Outcome.NONE, "frame")
                    : new Finding(sign, p.tier(), p.tier(), Finding.Outcome.ALARM, "");
            case DISASTER -> frame || about || any(sentence, cues.worry())
                    ? new Finding(sign, p.tier(), SafetyTier.PREPARATION, Finding.Outcome.PREPARATION, "worry")
                    : new Finding(sign, p.tier(), p.tier(), Finding.Outcome.ALARM, "");
            case PREPARATION -> new Finding(sign, p.tier(), SafetyTier.PREPARATION, Finding.Outcome.PREPARATION, "");
            default -> {
                if (frame || about) {
                    yield new Finding(sign, p.tier(), null, Finding.Outcome.REMINDER, frame ? "frame" : "about");
                }
                if (p.tier() == SafetyTier.EMERGENCY && any(sentence, cues.calm())) {
                    yield new Finding(sign, p.tier(), SafetyTier.URGENT, Finding.Outcome.ALARM, "calm");
                }
                yield new Finding(sign, p.tier(), p.tier(), Finding.Outcome.ALARM, "");
            }
        };
    }

    private static boolean any(List<String> sentence, List<List<String>> cues) {
        return cues.stream().anyMatch(c -> found(sentence, c, false));
    }

    /** Whether the stems come in order, at most {@link #GAP} words apart (and, for a sign, not just negated). */
    static boolean found(List<String> sentence, List<String> stems, boolean sign) {
        for (int start = 0; start < sentence.size(); start++) {
            if (!sentence.get(start).equals(stems.get(0))) {
                continue;
            }
            int at = start;
            boolean all = true;
            for (int i = 1; i < stems.size() && all; i++) {
                int next = -1;
                for (int j = at + 1; j <= Math.min(sentence.size() - 1, at + 1 + GAP); j++) {
                    if (sentence.get(j).equals(stems.get(i))) {
                        next = j;
                        break;
                    }
                }
                if (next < 0) {
                    all = false;
                } else {
                    at = next;
                }
            }
            if (all && !(sign && negated(sentence, start, stems))) {
                return true;
            }
        }
        return false;
    }

    private static boolean negated(List<String> sentence, int start, List<String> stems) {
        if (NEGATIONS.contains(stems.get(0))) {
            return false;
        }
        for (int j = Math.max(0, start - 2); j < start; j++) {
            if (NEGATIONS.contains(sentence.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static List<List<String>> stems(List<String> phrases) {
        if (phrases == null) {
            return List.of();
        }
        return phrases.stream().map(PhraseText::words).filter(w -> !w.isEmpty()).toList();
    }
}
