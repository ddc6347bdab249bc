package jp.tokyo.mcc.conversation.internal.slots;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds which listed options a family's words name: the whole answer for one option, any mentioned for several. */
public final class OptionMatcher {

    private OptionMatcher() {
    }

    /** The index of the option the answer names exactly (after normalising), or a number 1..n typed for it. */
    public static Optional<Integer> one(String answer, List<String> labels) {
        String k = TextNormalizer.key(answer);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < labels.size(); i++) {
            if (TextNormalizer.key(labels.get(i)).equals(k)) {
                return Optional.of(i);
            }
        }
        if (k.matches("\\d{1,2}")) {
            int n = Integer.parseInt(k);
            if (n >= 1 && n <= labels.size()) {
                return Optional.of(n - 1);
            }
        }
        List<Integer> contained = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String label = TextNormalizer.key(labels.get(i));
            if (label.length() >= 2 && (k.contains(label) || label.contains(k) && k.length() >= 2)) {
                contained.add(i);
            }
        }
        return contained.size() == 1 ? Optional.of(contained.get(0)) : Optional.empty();
    }

    /** Every option whose label appears in the answer (e.g. 「吸引と経管栄養」 names two), in option order. */
    public static List<Integer> all(String answer, List<String> labels) {
        String k = TextNormalizer.key(answer);
        List<Integer> found = new ArrayList<>();
        if (k.isEmpty()) {
            return found;
        }
        for (int i = 0; i < labels.size(); i++) {
            String label = TextNormalizer.key(labels.get(i));
            if (label.equals(k) || label.length() >= 2 && k.contains(label)) {
                found.add(i);
            }
        }
        if (found.isEmpty()) {
            one(answer, labels).ifPresent(found::add);
        }
        return found;
    }
}
