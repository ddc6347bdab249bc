package jp.tokyo.mcc.knowledge;

/**
 * A search result.
 *
 * @param entry     the entry
 * @param score     the search score (comparable within one search only)
 * @param confident whether it is above the confidence threshold (only confident hits are shown to families)
 */
public record FaqHit(FaqEntry entry, double score, boolean confident) {
}
