package jp.tokyo.mcc.safety.internal.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tokyo.mcc.safety.SafetyTier;

/** Everything the detector uses, as read from the safety files: words, context cues and the tier files. */
public record Rulebook(Vocabulary vocabulary, ContextCues cues, Map<SafetyTier, TierRules> tiers) {

    public Rulebook {
        Map<SafetyTier, TierRules> all = new EnumMap<>(SafetyTier.class);
        for (SafetyTier t : SafetyTier.values()) {
            all.put(t, tiers.getOrDefault(t, TierRules.none(t)));
        }
        tiers = Map.copyOf(all);
    }

    public TierRules tier(SafetyTier tier) {
        return tiers.get(tier);
    }

    /** Every sign, the most serious tier first. */
    public List<Sign> signs() {
        List<Sign> signs = new ArrayList<>();
        for (SafetyTier t : SafetyTier.values()) {
            signs.addAll(tiers.get(t).signs());
        }
        return signs;
    }

    /**
     * Every concept the detector looks for: all of words.yaml's (a longer word hides the words inside it, so a
     * disease name such as チアノーゼ性心疾患 keeps チアノーゼ from counting), the cues, people and bounds.
     */
    public Set<Concept> concepts() {
        Set<Concept> concepts = new LinkedHashSet<>(vocabulary.concepts().values());
        for (Sign s : signs()) {
            concepts.addAll(s.all());
            concepts.addAll(s.unless());
        }
        concepts.add(cues.present());
        concepts.add(cues.calm());
        concepts.add(cues.past());
        concepts.add(cues.frame());
        concepts.add(cues.about());
        concepts.add(cues.supposing());
        concepts.add(cues.worry());
        concepts.add(vocabulary.people());
        concepts.add(vocabulary.lower());
        concepts.add(vocabulary.higher());
        return concepts;
    }
}
