package jp.tokyo.mcc.directory.internal;

/** What {@link PlaceMatcher} made of an answer, before routing to a center. */
public sealed interface RawMatch {

    record Found(TokyoMunicipality municipality) implements RawMatch {
    }

    /**
     * Close to a Tokyo name: ask back. {@code sameNameOutsideTokyo}: the answer is the name of a place outside Tokyo
     * too (府中町 in 広島県 for 府中市).
     */
    record Suggestion(TokyoMunicipality municipality, boolean sameNameOutsideTokyo) implements RawMatch {
        Suggestion(TokyoMunicipality municipality) {
            this(municipality, false);
        }
    }

    /** Outside Tokyo; {@code prefecture} is null when the name is that of places in several prefectures. */
    record OutsideTokyo(String prefecture) implements RawMatch {
    }

    record Unknown() implements RawMatch {
    }
}
