package jp.tokyo.mcc.directory.internal;

/** What a place name points at: a Tokyo municipality, or a prefecture outside Tokyo. */
public sealed interface PlaceTarget {

    record Tokyo(TokyoMunicipality municipality) implements PlaceTarget {
    }

    /** @param prefecture e.g. 神奈川県 */
    record Outside(String prefecture) implements PlaceTarget {
    }
}
