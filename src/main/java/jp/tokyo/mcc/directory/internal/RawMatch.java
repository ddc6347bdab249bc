package jp.tokyo.mcc.directory.internal;

/** What {@link PlaceMatcher} made of an answer, before routing to a center. */
public sealed interface RawMatch {

    record Found(TokyoMunicipality municipality) implements RawMatch {
    }

    record Suggestion(TokyoMunicipality municipality) implements RawMatch {
    }

    record OutsideTokyo(String prefecture) implements RawMatch {
    }

    record Unknown() implements RawMatch {
    }
}
