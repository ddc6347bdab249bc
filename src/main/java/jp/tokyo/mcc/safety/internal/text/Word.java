package jp.tokyo.mcc.safety.internal.text;

/** The parts of speech the safety net tells apart when it compares a word of its files with a word of a text. */
public final class Word {

    private Word() {
    }

    public enum Kind {
        NOUN, VERB, ADJECTIVE, AUXILIARY, PARTICLE, ADVERB, OTHER;

        static Kind of(String pos) {
            if (pos.startsWith("名詞") || pos.startsWith("接頭詞")) {
                return NOUN;
            } else if (pos.startsWith("動詞")) {
                return VERB;
            } else if (pos.startsWith("形容詞")) {
                return ADJECTIVE;
            } else if (pos.startsWith("助動詞")) {
                return AUXILIARY;
            } else if (pos.startsWith("助詞")) {
                return PARTICLE;
            } else if (pos.startsWith("副詞") || pos.startsWith("連体詞") || pos.startsWith("感動詞")) {
                return ADVERB;
            }
            return OTHER;
        }

        /**
         * Whether a word of this kind in a file may match a word of the other kind in a text. Kana-only text is often
         * tagged as a noun or an adverb where the file's word is the other one ({@code ぐったり}); otherwise the kinds
         * must agree, so that the adjective {@code ない} (息がない) is not the auxiliary of {@code 止まらない}.
         */
        boolean compatible(Kind other) {
            if (this == other || this == OTHER || other == OTHER) {
                return true;
            }
            return (this == NOUN && other == ADVERB) || (this == ADVERB && other == NOUN);
        }
    }
}
