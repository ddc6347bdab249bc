package jp.tokyo.mcc.safety.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jp.tokyo.mcc.safety.SafetyTier;
import jp.tokyo.mcc.safety.internal.SafetyCorpus.Expect;
import jp.tokyo.mcc.safety.internal.detect.Detection;

/**
 * How the safety net answers a corpus, scored:
 * <ul>
 *   <li><b>recall</b> of a tier: the share of its lines that get that tier's alarm (a crisis line also counts when
 *       the crisis answer comes second, after an emergency's);</li>
 *   <li><b>specificity</b>: the share of the other lines (urgent, disaster, preparation, none) that get no alarm of a
 *       tier other than their own (a reminder line is not an alarm);</li>
 *   <li>the <b>confusion matrix</b>: expected tier against the answer (the most serious alarm, else REMINDER,
 *       PREPARATION or NONE).</li>
 * </ul>
 */
final class CorpusScore {

    static final List<String> OUTCOMES = List.of("EMERGENCY", "CRISIS", "URGENT", "DISASTER", "PREPARATION",
            "REMINDER", "NONE");

    record Scored(SafetyCorpus.Line line, Detection detection) {

        String outcome() {
            return detection.summary();
        }

        boolean right() {
            Set<SafetyTier> alarms = detection.alarms();
            return switch (line.expect()) {
                case EMERGENCY -> alarms.contains(SafetyTier.EMERGENCY);
                case CRISIS -> alarms.contains(SafetyTier.CRISIS);
                case URGENT -> outcome().equals("URGENT");
                case DISASTER -> outcome().equals("DISASTER");
                case PREPARATION, NONE -> alarms.isEmpty();
            };
        }

        boolean falseAlarm() {
            Set<SafetyTier> alarms = detection.alarms();
            return switch (line.expect()) {
                case EMERGENCY, CRISIS -> false;
                case URGENT -> alarms.stream().anyMatch(t -> t != SafetyTier.URGENT);
                case DISASTER -> alarms.stream().anyMatch(t -> t != SafetyTier.DISASTER);
                case PREPARATION, NONE -> !alarms.isEmpty();
            };
        }
    }

    private final SafetyCorpus corpus;
    private final List<Scored> scored = new ArrayList<>();

    CorpusScore(SafetyCorpus corpus, SafetyNet net) {
        this.corpus = corpus;
        for (SafetyCorpus.Line line : corpus.lines()) {
            scored.add(new Scored(line, net.detect(line.text())));
        }
    }

    double recall(Expect expect) {
        List<Scored> of = scored.stream().filter(s -> s.line().expect() == expect).toList();
        return of.isEmpty() ? 1 : of.stream().filter(Scored::right).count() / (double) of.size();
    }

    List<Scored> rest() {
        return scored.stream().filter(s -> s.line().expect() != Expect.EMERGENCY && s.line().expect() != Expect.CRISIS)
                .toList();
    }

    double specificity() {
        List<Scored> rest = rest();
        return rest.isEmpty() ? 1 : 1 - rest.stream().filter(Scored::falseAlarm).count() / (double) rest.size();
    }

    List<Scored> wrong() {
        return scored.stream().filter(s -> !s.right()).toList();
    }

    String report() {
        Map<Expect, Map<String, Integer>> matrix = new EnumMap<>(Expect.class);
        for (Scored s : scored) {
            matrix.computeIfAbsent(s.line().expect(), e -> new java.util.LinkedHashMap<>())
                    .merge(s.outcome(), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(corpus.name()).append(": ").append(scored.size()).append(" messages\n");
        sb.append(String.format(Locale.ROOT, "%-12s", "expected"));
        OUTCOMES.forEach(o -> sb.append(String.format(Locale.ROOT, "%12s", o)));
        sb.append(String.format(Locale.ROOT, "%8s%n", "total"));
        for (Expect e : Expect.values()) {
            Map<String, Integer> row = matrix.getOrDefault(e, Map.of());
            sb.append(String.format(Locale.ROOT, "%-12s", e.name().toLowerCase(Locale.ROOT)));
            OUTCOMES.forEach(o -> sb.append(String.format(Locale.ROOT, "%12d", row.getOrDefault(o, 0))));
            sb.append(String.format(Locale.ROOT, "%8d%n", row.values().stream().mapToInt(Integer::intValue).sum()));
        }
        for (Expect e : Expect.values()) {
            long n = scored.stream().filter(s -> s.line().expect() == e).count();
            long right = scored.stream().filter(s -> s.line().expect() == e && s.right()).count();
            sb.append(String.format(Locale.ROOT, "  %-12s %s %d/%d = %.1f %%%n", e.name().toLowerCase(Locale.ROOT),
                    e == Expect.PREPARATION || e == Expect.NONE ? "no alarm" : "recall  ", right, n,
                    n == 0 ? 100.0 : 100.0 * right / n));
        }
        List<Scored> rest = rest();
        sb.append(String.format(Locale.ROOT, "  specificity (urgent, disaster, preparation, none: no other tier's alarm)"
                + " %d/%d = %.1f %%%n", rest.size() - rest.stream().filter(Scored::falseAlarm).count(), rest.size(),
                100 * specificity()));
        long reminders = scored.stream().filter(s -> s.outcome().equals("REMINDER")).count();
        sb.append(String.format(Locale.ROOT, "  reminder line (no alarm): %d messages%n", reminders));
        return sb.toString();
    }
}
