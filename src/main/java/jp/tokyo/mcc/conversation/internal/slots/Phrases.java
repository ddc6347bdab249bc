package jp.tokyo.mcc.conversation.internal.slots;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jp.tokyo.mcc.shared.Kana;

/**
 * Short set phrases (こんにちは, ありがとうございます, 相談したい...) by kind, and whether a family's message is made
 * of them only, in any order and number (「こんにちは、よろしくお願いします！」, 「ありがとうございました😊」), whatever
 * the width, kana, spaces, punctuation, symbols and emoji. A message with anything else in it is not.
 *
 * @param <K> the kinds of phrase
 */
public final class Phrases<K> {

    private static final ConcurrentHashMap<Object, Phrases<?>> CACHE = new ConcurrentHashMap<>();

    private final Map<String, K> kindOfPhrase;
    private final int longest;

    private Phrases(Map<String, K> kindOfPhrase) {
        this.kindOfPhrase = Map.copyOf(kindOfPhrase);
        this.longest = kindOfPhrase.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /**
     * The phrases of each kind (comma-separated lists, e.g. from a message bundle), built once per distinct lists.
     */
    @SuppressWarnings("unchecked")
    public static <K> Phrases<K> of(Map<K, String> listsByKind) {
        return (Phrases<K>) CACHE.computeIfAbsent(listsByKind, key -> {
            Map<String, K> phrases = new HashMap<>();
            listsByKind.forEach((kind, list) -> {
                for (String phrase : list.split(",")) {
                    String k = squeeze(phrase);
                    if (!k.isEmpty()) {
                        phrases.putIfAbsent(k, kind);
                    }
                }
            });
            return new Phrases<>(phrases);
        });
    }

    /** The kinds of the phrases the text is made of, in order of appearance; empty when it has anything else. */
    public Set<K> kinds(String text) {
        String s = squeeze(text);
        if (s.isEmpty() || s.length() > 8 * Math.max(longest, 1)) {
            return Set.of();
        }
        // reach[i]: the kinds used to cover s[0, i) exactly, or null when it cannot be covered
        @SuppressWarnings("unchecked")
        Set<K>[] reach = new Set[s.length() + 1];
        reach[0] = new LinkedHashSet<>();
        for (int i = 0; i < s.length(); i++) {
            if (reach[i] == null) {
                continue;
            }
            for (int end = Math.min(s.length(), i + longest); end > i; end--) {
                K kind = kindOfPhrase.get(s.substring(i, end));
                if (kind != null && reach[end] == null) {
                    Set<K> kinds = new LinkedHashSet<>(reach[i]);
                    kinds.add(kind);
                    reach[end] = kinds;
                }
            }
        }
        return reach[s.length()] == null ? Set.of() : reach[s.length()];
    }

    /** Letters and digits only, NFKC, lower case, katakana as hiragana. */
    static String squeeze(String text) {
        String n = TextNormalizer.normalize(text).toLowerCase(java.util.Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Kana.toHiragana(c));
            }
        }
        return sb.toString();
    }
}
