package jp.tokyo.mcc.directory;

/** What a family's answer to "where do you live?" turned out to be. */
public sealed interface PlaceMatch {

    /** A Tokyo municipality, and the center that serves it (for islands, see {@link Municipality#isIsland()}). */
    record Found(Municipality municipality, Center center) implements PlaceMatch {
    }

    /**
     * Not a name we know, but close to this one: ask "もしかして〇〇ですか？". With {@code sameNameOutsideTokyo}, the
     * answer names a place outside Tokyo with this municipality's name and another suffix (府中町 in 広島県 for
     * 府中市): ask "東京都の府中市ですか？".
     */
    record Suggestion(Municipality candidate, boolean sameNameOutsideTokyo) implements PlaceMatch {
        public Suggestion(Municipality candidate) {
            this(candidate, false);
        }
    }

    /**
     * A place outside Tokyo (a prefecture, or any municipality such as 川口市); {@code prefecture} e.g. 埼玉県, or null
     * when the name is that of places in several prefectures (伊達市).
     */
    record OutsideTokyo(String prefecture) implements PlaceMatch {
    }

    /** Nothing recognisable. */
    record Unknown() implements PlaceMatch {
    }
}
