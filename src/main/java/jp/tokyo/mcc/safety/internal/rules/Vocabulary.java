package jp.tokyo.mcc.safety.internal.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code flows/safety/words.yaml}: the concepts, and the few words the analysis itself needs.
 *
 * @param concepts   concepts by name
 * @param rewrites   regional and broken endings read as standard ones before analysis (とらん: ていない), longest first
 * @param negation   dictionary forms that negate what precedes them (ない, ん, へん...)
 * @param lightVerbs verbs passed over when looking for a negation after a word (けいれん[し]ない, [起き]ていない)
 * @param people     words for people: a person named between a thing and its state (カニューレを娘が抜いた) does not
 *                   make the state someone else's
 * @param lower      words after a number that make it an upper bound (90を切る, 85以下)
 * @param higher     words after a number that make it a lower bound (90以上)
 */
public record Vocabulary(Map<String, Concept> concepts, List<Rewrite> rewrites, Set<String> negation,
                         Set<String> lightVerbs, Concept people, Concept lower, Concept higher) {

    /** One rewrite of the text before analysis. */
    public record Rewrite(String from, String to) {
    }

    public Vocabulary {
        concepts = Map.copyOf(concepts);
        rewrites = List.copyOf(rewrites);
        negation = Set.copyOf(negation);
        lightVerbs = Set.copyOf(lightVerbs);
    }

    /** The text with the rewrites applied. */
    public String rewrite(String normalized) {
        String s = normalized;
        for (Rewrite r : rewrites) {
            if (s.contains(r.from())) {
                s = s.replace(r.from(), r.to());
            }
        }
        return s;
    }
}
