package jp.tokyo.mcc.directory;

/** What a family's answer to "where do you live?" turned out to be. */
public sealed interface PlaceMatch {

    /** A Tokyo municipality, and the center that serves it (for islands, see {@link Municipality#isIsland()}). */
    record Found(Municipality municipality, Center center) implements PlaceMatch {
    }

    /** Not a name we know, but close to this one: ask "もしかして〇〇ですか？". */
    record Suggestion(Municipality candidate) implements PlaceMatch {
    }

    /** A place outside Tokyo (a prefecture, or a city such as 横浜市); {@code prefecture} e.g. 神奈川県. */
    record OutsideTokyo(String prefecture) implements PlaceMatch {
    }

    /** Nothing recognisable. */
    record Unknown() implements PlaceMatch {
    }
}
