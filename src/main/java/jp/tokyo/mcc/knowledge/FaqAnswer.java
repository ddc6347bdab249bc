package jp.tokyo.mcc.knowledge;

import java.util.List;

/**
 * What the FAQ makes of a family's words: one entry clearly answers them, a few are genuinely close, or nothing
 * fits.
 */
public sealed interface FaqAnswer {

    /** What would be shown, best first: the one clear entry, the candidates, or none. */
    List<FaqEntry> entries();

    /** One entry clearly wins: answer with it directly. */
    record Clear(FaqEntry entry) implements FaqAnswer {
        @Override
        public List<FaqEntry> entries() {
            return List.of(entry);
        }
    }

    /** Two or three entries are about equally close: let the family choose (best first). */
    record Ambiguous(List<FaqEntry> candidates) implements FaqAnswer {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }

        @Override
        public List<FaqEntry> entries() {
            return candidates;
        }
    }

    /** Nothing fits: say so honestly and offer the menu and a counsellor. */
    record Nothing() implements FaqAnswer {
        @Override
        public List<FaqEntry> entries() {
            return List.of();
        }
    }

    /**
     * The decision from ranked hits alone, for search implementations without their own: the confident hits; one
     * is clear, several are ambiguous (at most three).
     */
    static FaqAnswer fromHits(List<FaqHit> hits) {
        List<FaqEntry> confident = hits.stream().filter(FaqHit::confident).map(FaqHit::entry).limit(3).toList();
        if (confident.isEmpty()) {
            return new Nothing();
        }
        return confident.size() == 1 ? new Clear(confident.get(0)) : new Ambiguous(confident);
    }
}
