package jp.tokyo.mcc.knowledge.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words that mean the same thing ({@code synonyms:} in the FAQ files: ショートステイ = 短期入所, 放デイ =
 * 放課後等デイサービス...). Before analysis, every variant in a text is replaced by the first word of its group, in
 * entries and in families' words alike, so that they meet. Variants are found regardless of katakana / hiragana and
 * letter case, the longest first. Immutable and thread-safe; built once per FAQ version.
 */
final class FaqSynonyms {

    private record Variant(String folded, String canonical) {
    }

    private static final FaqSynonyms NONE = new FaqSynonyms(List.of());

    /** Variants by their first (folded) character, longest first. */
    private final Map<Character, Variant[]> byFirst;
    private final List<List<String>> groups;

    FaqSynonyms(List<List<String>> groups) {
        this.groups = List.copyOf(groups);
        Map<Character, List<Variant>> variants = new HashMap<>();
        for (List<String> group : groups) {
            String canonical = JapaneseText.normalize(group.get(0));
            for (String word : group) {
                String folded = fold(JapaneseText.normalize(word));
                if (!folded.isEmpty()) {
                    variants.computeIfAbsent(folded.charAt(0), c -> new ArrayList<>())
                            .add(new Variant(folded, canonical));
                }
            }
        }
        Map<Character, Variant[]> sorted = new HashMap<>();
        variants.forEach((first, list) -> {
            list.sort(Comparator.comparingInt((Variant v) -> v.folded().length()).reversed());
            sorted.put(first, list.toArray(Variant[]::new));
        });
        this.byFirst = Map.copyOf(sorted);
    }

    static FaqSynonyms none() {
        return NONE;
    }

    List<List<String>> groups() {
        return groups;
    }

    /** The (normalized) text with every variant replaced by its group's first word; the same text when none. */
    String canonical(String text) {
        if (byFirst.isEmpty() || text.isEmpty()) {
            return text;
        }
        String folded = fold(text);
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < folded.length()) {
            Variant[] candidates = byFirst.get(folded.charAt(i));
            Variant found = null;
            if (candidates != null) {
                for (Variant v : candidates) {
                    if (folded.startsWith(v.folded(), i)) {
                        found = v;
                        break;
                    }
                }
            }
            if (found == null) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16);
            }
            out.append(text, copied, i).append(found.canonical());
            i += found.folded().length();
            copied = i;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Katakana as hiragana and ASCII letters in lower case, character by character (lengths stay the same). */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\u30A1' && c <= '\u30F6') {
                chars[i] = (char) (c - 0x60);
            } else if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + 32);
            }
        }
        return new String(chars);
    }
}
