package jp.tokyo.mcc.safety.internal.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kana forms of a word, for kana-only writing: a noun as it is read ({@code 人工呼吸器}: じんこうこきゆうき), a verb
 * or adjective in its conjugated stems, each known to be negated or not ({@code 止まる}: とまらな・とまんな・とまつてな
 * are negated, とまり・とまつ・とまる are not). Keys are {@link SafetyText#kanaKey kana keys}. Short keys are left
 * out (a noun under three kana, a stem under two): in kana-only writing they would be found inside other words.
 */
public final class KanaForms {

    public enum Polarity { AFFIRMED, NEGATED, NOUN }

    /**
     * One kana form of a word.
     *
     * @param particleAfter found only when a particle or the end of the kana follows (a two-kana noun: いきが)
     */
    public record Form(String key, Polarity polarity, boolean particleAfter) {

        Form(String key, Polarity polarity) {
            this(key, polarity, false);
        }
    }

    static final int MIN_NOUN = 3;
    static final int MIN_STEM = 2;

    /** After a noun: negation (けいれんはない, いしきなし, はんのうがありません). */
    private static final List<String> NOUN_NEGATIONS = List.of("ない", "なし", "なく", "なかつ", "ありませ", "あらへん",
            "あれへん", "しな", "してな", "していな", "してへん", "しへん", "せん", "しませ", "していませ", "じやな", "ではな",
            "しとら", "ねえ");
    private static final String PARTICLES = "がはもをわ";
    /** Case particles: a verb stem is never followed by one (いきが is 息, not 生きる). */
    static final String CASE_PARTICLES = "がはもをの";

    private static final Map<Character, String[]> GODAN = new LinkedHashMap<>();

    static {
        // last kana of the dictionary form -> a-stem, i-stem, te-stem, te/de
        GODAN.put('う', new String[] {"わ", "い", "つ", "て"});
        GODAN.put('く', new String[] {"か", "き", "い", "て"});
        GODAN.put('ぐ', new String[] {"が", "ぎ", "い", "で"});
        GODAN.put('す', new String[] {"さ", "し", "し", "て"});
        GODAN.put('つ', new String[] {"た", "ち", "つ", "て"});
        GODAN.put('ぬ', new String[] {"な", "に", "ん", "で"});
        GODAN.put('ぶ', new String[] {"ば", "び", "ん", "で"});
        GODAN.put('む', new String[] {"ま", "み", "ん", "で"});
        GODAN.put('る', new String[] {"ら", "り", "つ", "て"});
    }

    private KanaForms() {
    }

    static List<Form> of(List<WordPattern.Unit> units) {
        List<String> prefixes = new ArrayList<>(List.of(""));
        for (int i = 0; i < units.size() - 1; i++) {
            WordPattern.Unit u = units.get(i);
            String part = read(u);
            if (part == null) {
                return List.of();
            }
            List<String> next = new ArrayList<>();
            for (String p : prefixes) {
                next.add(p + part);
                if (u.kind() == Word.Kind.PARTICLE) {
                    next.add(p); // 血吐いた
                }
            }
            prefixes = next;
        }
        WordPattern.Unit last = units.get(units.size() - 1);
        List<Form> forms = new ArrayList<>();
        for (String prefix : prefixes) {
            switch (last.kind()) {
                case VERB -> verb(prefix, last, forms);
                case ADJECTIVE -> adjective(prefix, last, forms);
                case NOUN, ADVERB, OTHER -> {
                    String r = read(last);
                    if (r != null && (prefix + r).length() >= MIN_NOUN) {
                        forms.add(new Form(prefix + r, Polarity.NOUN));
                    } else if (r != null && (prefix + r).length() == MIN_NOUN - 1) {
                        forms.add(new Form(prefix + r, Polarity.NOUN, true)); // いき, only as いきが・いきを
                    }
                }
                default -> {
                    String r = read(last); // 死にたい: しにたい as a whole
                    if (r != null && (prefix + r).length() >= MIN_NOUN) {
                        forms.add(new Form(prefix + r, Polarity.NOUN));
                    }
                }
            }
        }
        return forms.stream().distinct().toList();
    }

    private static String read(WordPattern.Unit u) {
        String r = u.kind() == Word.Kind.PARTICLE ? u.surface() : u.reading() != null ? u.reading() : u.surface();
        String key = SafetyText.kanaKey(r);
        for (int i = 0; i < key.length(); i++) {
            if (!SafetyText.isHiragana(key.charAt(i))) {
                return null; // letters, digits: nothing to find in kana
            }
        }
        return key;
    }

    private static void verb(String prefix, WordPattern.Unit u, List<Form> forms) {
        String r = SafetyText.kanaKey(u.baseReading() == null ? "" : u.baseReading());
        String type = u.inflectionType() == null ? "" : u.inflectionType();
        if (r.isEmpty()) {
            return;
        }
        if (r.endsWith("する") && (type.startsWith("サ変") || r.equals("する"))) {
            String p = prefix + r.substring(0, r.length() - 2);
            add(forms, p, Polarity.NEGATED, "しな", "せん", "せえへん", "しいひん", "しやへん", "しへん", "しませ", "してな",
                    "していな", "してへん", "してね", "していませ", "せず", "しとら");
            add(forms, p, Polarity.AFFIRMED, "し", "す");
        } else if (type.startsWith("一段")) {
            String stem = prefix + r.substring(0, r.length() - 1);
            add(forms, stem, Polarity.NEGATED, "な", "ん", "へん", "ひん", "ね", "ず", "ませ", "てな", "ていな", "てへん",
                    "てね", "ていませ", "とら");
            add(forms, stem, Polarity.AFFIRMED, "");
        } else if (type.startsWith("五段")) {
            String[] row = GODAN.get(r.charAt(r.length() - 1));
            if (row == null) {
                return;
            }
            String stem = prefix + r.substring(0, r.length() - 1);
            boolean sokuon = type.contains("促音便"); // 行く: いつて
            String te = sokuon ? "つ" : row[2];
            String t = sokuon ? "て" : row[3];
            add(forms, stem + row[0], Polarity.NEGATED, "な", "ん", "へん", "ね", "ず");
            add(forms, stem + row[1], Polarity.NEGATED, "ませ");
            add(forms, stem + te + t, Polarity.NEGATED, "な", "いな", "へん", "ね", "いませ", "ませ");
            add(forms, stem + te, Polarity.NEGATED, "とら");
            if (row[0].equals("ら")) {
                add(forms, stem + "ん", Polarity.NEGATED, "な", "ね"); // とまんない
            }
            add(forms, stem, Polarity.AFFIRMED, row[1], te, r.substring(r.length() - 1));
        }
    }

    private static void adjective(String prefix, WordPattern.Unit u, List<Form> forms) {
        String r = SafetyText.kanaKey(u.baseReading() == null ? "" : u.baseReading());
        if (!r.endsWith("い") || r.length() < 2) {
            return;
        }
        String stem = prefix + r.substring(0, r.length() - 1);
        add(forms, stem, Polarity.NEGATED, "くな", "くね", "くあり", "くはな", "くもな");
        add(forms, stem, Polarity.AFFIRMED, "");
    }

    private static void add(List<Form> forms, String stem, Polarity polarity, String... endings) {
        for (String ending : endings) {
            String key = stem + ending;
            int stemLength = polarity == Polarity.AFFIRMED ? key.length() : stem.length();
            if (stemLength >= MIN_STEM) {
                forms.add(new Form(key, polarity));
            }
        }
    }

    /** Whether a form may be found at {@code start} of a kana key, given what follows it. */
    public static boolean fits(Form form, String kanaKey, int start) {
        int end = start + form.key().length();
        char next = end < kanaKey.length() ? kanaKey.charAt(end) : 0;
        if (form.particleAfter()) {
            return PARTICLES.indexOf(next) >= 0 || next == '|' || next == 0; // いきが, ...はどこ
        }
        if (form.polarity() == Polarity.AFFIRMED && form.key().length() <= MIN_STEM) {
            return CASE_PARTICLES.indexOf(next) < 0;
        }
        return true;
    }

    /** Whether the kana key at {@code position} (just after a noun) says the noun is absent or not done. */
    public static boolean negatedAfterNoun(String kanaKey, int position) {
        int p = position;
        if (p < kanaKey.length() && PARTICLES.indexOf(kanaKey.charAt(p)) >= 0) {
            p++;
        }
        for (String n : NOUN_NEGATIONS) {
            if (kanaKey.startsWith(n, p)) {
                return true;
            }
        }
        return false;
    }
}
