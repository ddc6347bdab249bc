package jp.tokyo.mcc.safety.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A family's text after normalization and analysis: its words, where its sentences and clauses begin, and its kana
 * key (the kana parts of the text as a comparison key, for kana-only writing that the dictionary cannot split).
 *
 * <p>Sentences end at 。．.！!？? and line breaks. Clauses also end at the conjunctions が・けど・けれど・のに・し
 * (先週退院しましたが、息が苦しそう: the past of the first clause is not the second's).
 */
public final class AnalyzedText {

    private final String text;
    private final List<Token> tokens;
    private final int[] sentenceStarts;
    private final int[] clauseStarts;
    private final String kanaKey;
    private final int[] kanaKeyToText;

    private AnalyzedText(String text, List<Token> tokens, int[] sentenceStarts, int[] clauseStarts, String kanaKey,
                         int[] kanaKeyToText) {
        this.text = text;
        this.tokens = tokens;
        this.sentenceStarts = sentenceStarts;
        this.clauseStarts = clauseStarts;
        this.kanaKey = kanaKey;
        this.kanaKeyToText = kanaKeyToText;
    }

    /** Analyses an already normalized text. */
    public static AnalyzedText of(String text) {
        List<Token> tokens = Kuromoji.tokens(text);
        List<Integer> sentences = new ArrayList<>(List.of(0));
        List<Integer> clauses = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '．' || c == '.' || c == '!' || c == '！' || c == '?' || c == '？' || c == '\n') {
                if (c == '.' && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                        && Character.isDigit(text.charAt(i + 1))) {
                    continue; // 38.5
                }
                sentences.add(i + 1);
                clauses.add(i + 1);
            }
        }
        for (Token t : tokens) {
            if (t.is("助詞-接続助詞") && (t.surface().equals("が") || t.surface().equals("けど")
                    || t.surface().equals("けれど") || t.surface().equals("けれども") || t.surface().equals("のに")
                    || t.surface().equals("し"))) {
                clauses.add(t.end());
            }
        }
        StringBuilder key = new StringBuilder(text.length());
        int[] map = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!SafetyText.isKana(c)) {
                key.append('|');
                map[key.length() - 1] = i;
                continue;
            }
            char h = jp.tokyo.mcc.shared.Kana.toHiragana(c);
            if (h == 'ー') {
                continue;
            }
            key.append(SafetyText.largeKana(h));
            map[key.length() - 1] = i;
        }
        map[key.length()] = text.length();
        return new AnalyzedText(text, List.copyOf(tokens), sorted(sentences), sorted(clauses), key.toString(),
                Arrays.copyOf(map, key.length() + 1));
    }

    /** The starts in ascending order, each once. */
    private static int[] sorted(List<Integer> starts) {
        int[] all = new int[starts.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = starts.get(i);
        }
        Arrays.sort(all);
        int n = 0;
        for (int i = 0; i < all.length; i++) {
            if (n == 0 || all[i] != all[n - 1]) {
                all[n++] = all[i];
            }
        }
        return n == all.length ? all : Arrays.copyOf(all, n);
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** The kana parts of the text as one comparison key (other characters are {@code |}). */
    public String kanaKey() {
        return kanaKey;
    }

    /** Whether the text has katakana at a position of the kana key (loanwords: verbs are never found there). */
    public boolean katakanaAt(int kanaKeyPosition) {
        char c = text.charAt(kanaKeyToText[kanaKeyPosition]);
        return c >= '\u30A1' && c <= '\u30FA';
    }

    /** The text offset of a position of the kana key (the key's length maps to the text's length). */
    public int textOffset(int kanaKeyPosition) {
        return kanaKeyToText[kanaKeyPosition];
    }

    /** The sentence (0-based) a text offset is in. */
    public int sentence(int offset) {
        return index(sentenceStarts, offset);
    }

    public int clause(int offset) {
        return index(clauseStarts, offset);
    }

    public int clauseStart(int clause) {
        return clauseStarts[clause];
    }

    public int clauseEnd(int clause) {
        return clause + 1 < clauseStarts.length ? clauseStarts[clause + 1] : text.length();
    }

    public int sentenceStart(int sentence) {
        return sentenceStarts[sentence];
    }

    public int sentenceEnd(int sentence) {
        return sentence + 1 < sentenceStarts.length ? sentenceStarts[sentence + 1] : text.length();
    }

    private static int index(int[] starts, int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /**
     * Whether a word may start at a text offset: a token starts there, or the token holding it is one the dictionary
     * does not know (kana-only writing it could not split). A word found in kana inside a known word is not there
     * (the どうが of ぶどうが is not 動画).
     */
    public boolean wordMayStartAt(int offset) {
        int i = tokenHolding(offset);
        if (i >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(i);
        return t.start() == offset || t.reading() == null || t.start() > offset;
    }

    /** The index of the first token that starts at or after a text offset (the token count when none does). */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the token that holds a text offset (the last token before it when it falls between tokens). */
    public int tokenHolding(int offset) {
        int i = tokenAt(offset + 1) - 1;
        return Math.max(0, i);
    }
}
