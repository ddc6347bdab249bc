package jp.tokyo.mcc.safety.internal.languages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * English text as the phrase signs read it: lower case, contractions spelled out (can't -> can not, he's -> he is),
 * split into sentences, each a list of word stems (breathing, breathes, breathe -> breath; stopped -> stop).
 */
final class PhraseText {

    private static final Pattern SENTENCE = Pattern.compile("[.!?\\n。！？]+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9#]+");

    private PhraseText() {
    }

    static List<List<String>> sentences(String text) {
        List<List<String>> result = new ArrayList<>();
        String spelled = spelledOut(text);
        if (!hasWordCharacter(spelled)) {
            return result; // no word in any sentence (Japanese text without digits): nothing to split
        }
        for (String s : SENTENCE.split(spelled)) {
            List<String> words = words(s);
            if (!words.isEmpty()) {
                result.add(words);
            }
        }
        return result;
    }

    /** Whether a spelled-out text has a character of a word ({@link #NOT_A_WORD} leaves these). */
    private static boolean hasWordCharacter(String spelled) {
        for (int i = 0; i < spelled.length(); i++) {
            char c = spelled.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '#') {
                return true;
            }
        }
        return false;
    }

    /** The stems of a phrase as written in a file. */
    static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        for (String w : NOT_A_WORD.split(spelledOut(phrase))) {
            if (!w.isEmpty()) {
                words.add(stem(w));
            }
        }
        return words;
    }

    private static String spelledOut(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'')
                .replace('\uff07', '\'');
        t = t.replace("can't", "can not").replace("cannot", "can not").replace("won't", "will not")
                .replace("n't", " not").replace("'s", " is").replace("'m", " am").replace("'re", " are")
                .replace("'ve", " have").replace("'ll", " will").replace("'d", " would");
        return t;
    }

    /** A crude English stem: enough for the same word in its usual forms to meet. */
    static String stem(String w) {
        String s = w;
        if (s.length() > 5 && s.endsWith("ing")) {
            s = s.substring(0, s.length() - 3);
        } else if (s.length() > 4 && s.endsWith("ed")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.length() > 4 && s.endsWith("es") && !s.endsWith("ses")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() > 3 && s.endsWith("e")) {
            s = s.substring(0, s.length() - 1);
        }
        int n = s.length();
        if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "bdfglmnprt".indexOf(s.charAt(n - 1)) >= 0) {
            s = s.substring(0, n - 1);
        }
        return s;
    }
}
