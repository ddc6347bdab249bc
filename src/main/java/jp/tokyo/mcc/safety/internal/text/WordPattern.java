package jp.tokyo.mcc.safety.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One word (or short phrase) of the safety files, compiled for finding it in analysed texts in any of its forms.
 *
 * <ul>
 *   <li>By dictionary words: the word's own words ({@code 止まる}; {@code 血を吐く} is 血 / を / 吐く) must follow one
 *       another in the text, compared by dictionary form, so that 止まった, 止まりません, 止まりそう all match.
 *       A particle inside the word may be another particle or none in the text (血も吐いた, 血吐いた); a particle
 *       that ends the word must be there (限界まで is not 限界). A kana word of the
 *       text also matches by reading (とまった, くるしそう); a word the file writes in kana matches any spelling with
 *       that reading (the file's けいれん finds 痙攣), but a word written with kanji is never matched by other kanji
 *       with the same reading (地震 is not 自信).</li>
 *   <li>By kana: for kana-only writing the dictionary cannot split (かにゅれぬけた), the word's {@link KanaForms kana
 *       forms} are looked for in the text's kana key.</li>
 * </ul>
 */
public final class WordPattern {

    /** One dictionary word of the pattern. */
    record Unit(String surface, String base, String reading, String baseReading, Word.Kind kind, boolean kana,
                String inflectionType) {
    }

    private final String text;
    private final List<Unit> units;
    private final List<KanaForms.Form> kanaForms;

    private WordPattern(String text, List<Unit> units, List<KanaForms.Form> kanaForms) {
        this.text = text;
        this.units = units;
        this.kanaForms = kanaForms;
    }

    /** Patterns by word: a word listed in several concepts is compiled, and looked for, once. */
    private static final java.util.Map<String, java.util.Optional<WordPattern>> COMPILED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Compiles a word as an administrator wrote it; null when nothing of it is left after normalization. */
    public static WordPattern compile(String word) {
        return COMPILED.computeIfAbsent(word, w -> java.util.Optional.ofNullable(compileNew(w))).orElse(null);
    }

    private static WordPattern compileNew(String word) {
        String normalized = SafetyText.normalize(word);
        List<Unit> units = new ArrayList<>();
        List<Token> tokens = Kuromoji.tokens(normalized);
        boolean onlyParticles = tokens.stream().allMatch(t -> t.isParticle() || t.isSpace());
        for (Token t : tokens) {
            if (t.isSpace() || (units.isEmpty() && t.isParticle() && !onlyParticles)) {
                continue;
            }
            units.add(new Unit(t.surface(), t.base(), t.reading(), baseReading(t), t.kind(), t.kana(), t.inflectionType()));
        }
        if (units.isEmpty()) {
            return null;
        }
        return new WordPattern(word, List.copyOf(units), KanaForms.of(units));
    }

    /** The reading of a word's dictionary form (the tokenizer reads the form as written). */
    private static String baseReading(Token t) {
        if (t.base().equals(t.surface())) {
            return t.reading() != null ? t.reading() : t.surface();
        }
        List<Token> base = Kuromoji.tokens(t.base());
        if (base.size() == 1 && base.get(0).reading() != null) {
            return base.get(0).reading();
        }
        return t.base();
    }

    public String text() {
        return text;
    }

    List<Unit> units() {
        return units;
    }

    public List<KanaForms.Form> kanaForms() {
        return kanaForms;
    }

    /** The comparison keys under which the first word of the pattern can be looked up in a text's words. */
    public List<String> firstKeys() {
        Unit u = units.get(0);
        List<String> keys = new ArrayList<>(List.of(u.base(), u.surface()));
        if (u.reading() != null) {
            keys.add(u.reading());
        }
        if (u.baseReading() != null) {
            keys.add(u.baseReading());
        }
        return keys.stream().distinct().toList();
    }

    /** Whether the pattern starts at token {@code i}; the index after its last token, or -1. */
    public int matchAt(List<Token> tokens, int i) {
        int j = i;
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            while (k > 0 && j < tokens.size() && tokens.get(j).isSpace()) {
                j++;
            }
            if (u.kind() == Word.Kind.PARTICLE && k == units.size() - 1) {
                if (j < tokens.size() && tokens.get(j).surface().equals(u.surface())) {
                    j++; // a word that ends in a particle needs it (限界まで is not 限界)
                    continue;
                }
                return -1;
            }
            if (u.kind() == Word.Kind.PARTICLE) {
                if (j < tokens.size() && tokens.get(j).isParticle()) {
                    j++; // the same or another particle
                }
                continue; // or none
            }
            if (j >= tokens.size() || !matches(u, tokens, j)) {
                return -1;
            }
            j++;
        }
        return j;
    }

    private static boolean matches(Unit u, List<Token> tokens, int j) {
        Token t = tokens.get(j);
        if (!u.kind().compatible(t.kind())) {
            // a lone kana syllable before a particle is the noun it reads (ち が とまらない: 血), whatever the
            // dictionary guessed it was
            return u.kind() == Word.Kind.NOUN && t.kana() && t.surface().equals(u.reading())
                    && t.surface().length() == 1 && particleNext(tokens, j);
        }
        if (u.kind() == Word.Kind.AUXILIARY && !u.surface().equals(u.base())) {
            return t.surface().equals(u.surface()); // たら is not every た
        }
        if (t.base().equals(u.base()) || t.surface().equals(u.surface())) {
            return true;
        }
        boolean inflects = u.kind() == Word.Kind.VERB || u.kind() == Word.Kind.ADJECTIVE
                || u.kind() == Word.Kind.AUXILIARY;
        if (t.kana()) {
            // とまった for 止まる, くるしい for 苦しい (by the dictionary form's reading: いき of 行く is not 生きる)
            if (t.base().equals(u.baseReading()) || !inflects && t.surface().equals(u.reading())) {
                return true;
            }
        }
        // a word the file writes in kana stands for every spelling with its reading (けいれん: 痙攣); nouns only
        return u.kana() && u.kind() == Word.Kind.NOUN && t.reading() != null && t.reading().equals(u.reading());
    }

    private static boolean particleNext(List<Token> tokens, int j) {
        for (int k = j + 1; k < tokens.size(); k++) {
            Token next = tokens.get(k);
            if (next.isSpace()) {
                continue;
            }
            return next.isParticle() || next.is("接続詞");
        }
        return false;
    }

    /** How many of the pattern's words carry meaning (not particles or auxiliaries): 止まらない has one. */
    public int contentWords() {
        int n = 0;
        for (Unit u : units) {
            if (u.kind() != Word.Kind.PARTICLE && u.kind() != Word.Kind.AUXILIARY) {
                n++;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return text;
    }
}
