package jp.tokyo.mcc.safety.internal.detect;

import java.util.ArrayList;
import java.util.List;

import jp.tokyo.mcc.safety.internal.rules.Concept;
import jp.tokyo.mcc.safety.internal.rules.Vocabulary;
import jp.tokyo.mcc.safety.internal.text.AnalyzedText;
import jp.tokyo.mcc.safety.internal.text.KanaForms;
import jp.tokyo.mcc.safety.internal.text.Token;
import jp.tokyo.mcc.safety.internal.text.Word;
import jp.tokyo.mcc.safety.internal.text.WordPattern;

/**
 * Finds the words of all concepts in an analysed text, first by its dictionary words, then in its kana key (kana-only
 * writing), and tells for each whether it is negated. A word inside a longer word that was found is dropped
 * (呼吸 inside 人工呼吸器, 酸素 inside 酸素飽和度).
 */
final class MentionFinder {

    private static final int NEGATION_REACH = 6;
    static final int TYPO_MIN = 4;
    static final int TYPO_SUBSTITUTION_MIN = 6;

    private final ConceptIndex index;
    private final Vocabulary vocabulary;

    MentionFinder(ConceptIndex index, Vocabulary vocabulary) {
        this.index = index;
        this.vocabulary = vocabulary;
    }

    List<Mention> find(AnalyzedText text) {
        List<Mention> found = new ArrayList<>();
        List<Token> tokens = text.tokens();
        List<WordPattern> tried = new ArrayList<>(); // the patterns tried at a token (a few), by identity
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isPunctuation() || t.isSpace()) {
                continue;
            }
            tried.clear();
            for (String key : keys(t)) {
                for (WordPattern pattern : index.byKey(key)) {
                    if (triedAlready(tried, pattern)) {
                        continue;
                    }
                    tried.add(pattern);
                    int end = pattern.matchAt(tokens, i);
                    if (end > i) {
                        boolean negated = negatedAfter(tokens, end);
                        int stop = tokens.get(end - 1).end();
                        for (ConceptIndex.Use use : index.uses(pattern)) {
                            found.add(new Mention(use.concept(), use.term(), t.start(), stop, negated, false));
                        }
                    }
                }
            }
        }
        findInKana(text, found);
        return withoutContained(found);
    }

    private static boolean triedAlready(List<WordPattern> tried, WordPattern pattern) {
        for (int k = 0; k < tried.size(); k++) {
            if (tried.get(k) == pattern) {
                return true;
            }
        }
        return false;
    }

    private static List<String> keys(Token t) {
        return t.reading() == null || t.reading().equals(t.surface())
                ? (t.base().equals(t.surface()) ? List.of(t.base()) : List.of(t.base(), t.surface()))
                : List.of(t.base(), t.surface(), t.reading());
    }

    /** Whether a negation follows, past particles, auxiliaries and light verbs (息をして[い]ない, 止まりそうにない). */
    private boolean negatedAfter(List<Token> tokens, int from) {
        for (int j = from; j < tokens.size() && j < from + NEGATION_REACH; j++) {
            Token t = tokens.get(j);
            if (t.isPunctuation()) {
                return false;
            }
            Word.Kind kind = t.kind();
            if ((kind == Word.Kind.AUXILIARY || kind == Word.Kind.ADJECTIVE)
                    && (vocabulary.negation().contains(t.base()) || vocabulary.negation().contains(t.surface()))) {
                return true;
            }
            if (!t.isFunctional() && !vocabulary.lightVerbs().contains(t.base())) {
                return false;
            }
        }
        return false;
    }

    private void findInKana(AnalyzedText text, List<Mention> found) {
        String key = text.kanaKey();
        List<ConceptIndex.KanaEntry> best = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (int p = 0; p + 1 < key.length(); p++) {
            if (key.charAt(p) == '|') {
                continue;
            }
            List<ConceptIndex.KanaEntry> candidates = index.byKana(key, p);
            if (candidates.isEmpty()) {
                continue;
            }
            // per word: the longest form found here, a negated form winning over the affirmed stem it starts with
            best.clear();
            ends.clear();
            for (ConceptIndex.KanaEntry e : candidates) {
                int end = key.startsWith(e.form().key(), p) ? p + e.form().key().length() : typoEnd(key, p, e.form());
                if (end < 0 || !KanaForms.fits(e.form(), key, p) || inKatakanaWord(text, p, e.form())
                        || !text.wordMayStartAt(text.textOffset(p))) {
                    continue;
                }
                int same = -1;
                for (int k = 0; k < best.size(); k++) {
                    if (best.get(k).pattern() == e.pattern()) {
                        same = k;
                    }
                }
                if (same < 0) {
                    best.add(e);
                    ends.add(end);
                } else if (better(e, best.get(same))) {
                    best.set(same, e);
                    ends.set(same, end);
                }
            }
            for (int k = 0; k < best.size(); k++) {
                ConceptIndex.KanaEntry e = best.get(k);
                int end = ends.get(k);
                boolean negated = switch (e.form().polarity()) {
                    case NEGATED -> true;
                    case AFFIRMED -> false;
                    case NOUN -> KanaForms.negatedAfterNoun(key, end);
                };
                int start = text.textOffset(p);
                int stop = text.textOffset(end - 1) + 1;
                boolean typo = !key.startsWith(e.form().key(), p);
                for (ConceptIndex.Use use : index.uses(e.pattern())) {
                    if (!alreadyFound(found, use.concept(), start, stop)) {
                        found.add(new Mention(use.concept(), use.term(), start, stop, negated, typo));
                    }
                }
            }
        }
    }

    /**
     * Where a noun's kana form ends at {@code p} with one typing slip (カニュウレ, けいれいん): one kana too many in a
     * form of four kana or more, or one kana wrong (not the last) in a form of six or more; -1 when none. The first
     * two kana must be right (they are the index key).
     */
    private static int typoEnd(String key, int p, KanaForms.Form form) {
        String f = form.key();
        int n = f.length();
        if (form.polarity() != KanaForms.Polarity.NOUN || form.particleAfter() || n < TYPO_MIN) {
            return -1;
        }
        if (p + n + 1 <= key.length()) {
            String longer = key.substring(p, p + n + 1);
            if (longer.indexOf('|') < 0 && oneEdit(longer, f)) {
                return p + n + 1;
            }
        }
        if (n >= TYPO_SUBSTITUTION_MIN && p + n <= key.length()) {
            String same = key.substring(p, p + n);
            if (same.indexOf('|') < 0 && same.charAt(n - 1) == f.charAt(n - 1) && oneEdit(same, f)) {
                return p + n;
            }
        }
        return -1;
    }

    /** Whether two different strings are one insertion, deletion or substitution apart. */
    static boolean oneEdit(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        if (shorter.length() == longer.length()) {
            return shorter.substring(i + 1).equals(longer.substring(i + 1));
        }
        return shorter.substring(i).equals(longer.substring(i + 1));
    }

    /**
     * Katakana are loanwords: no verb is found in them, and no word starts in the middle of one (the ゆれ of
     * カニューレ is neither 揺れる nor 揺れ).
     */
    private static boolean inKatakanaWord(AnalyzedText text, int p, KanaForms.Form form) {
        if (!text.katakanaAt(p)) {
            return false;
        }
        return form.polarity() != KanaForms.Polarity.NOUN || form.particleAfter()
                || p > 0 && text.kanaKey().charAt(p - 1) != '|' && text.katakanaAt(p - 1);
    }

    private static boolean better(ConceptIndex.KanaEntry candidate, ConceptIndex.KanaEntry current) {
        boolean negated = candidate.form().polarity() == KanaForms.Polarity.NEGATED;
        boolean currentNegated = current.form().polarity() == KanaForms.Polarity.NEGATED;
        if (negated != currentNegated) {
            return negated;
        }
        return candidate.form().key().length() > current.form().key().length();
    }

    private static boolean alreadyFound(List<Mention> found, Concept concept, int start, int end) {
        for (Mention m : found) {
            if (m.concept() == concept && m.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Drops a mention that lies inside a longer word with more meaning (the text is read as its longest words:
     * 呼吸 inside 人工呼吸器), but not inside a word that only adds endings (止まる inside 止まらない). Compared per
     * place in the text (a word several concepts list is found once per concept).
     */
    private static List<Mention> withoutContained(List<Mention> found) {
        List<long[]> spans = new ArrayList<>(); // start, end, content words, typo
        for (Mention m : found) {
            long words = m.term().pattern().contentWords();
            boolean known = false;
            for (long[] s : spans) {
                if (s[0] == m.start() && s[1] == m.end() && s[2] == words && s[3] == (m.typo() ? 1 : 0)) {
                    known = true;
                    break;
                }
            }
            if (!known) {
                spans.add(new long[] {m.start(), m.end(), words, m.typo() ? 1 : 0});
            }
        }
        List<Mention> kept = new ArrayList<>(found.size());
        for (Mention m : found) {
            long words = m.term().pattern().contentWords();
            boolean inside = false;
            for (long[] s : spans) {
                if (s[3] == 0 && s[0] <= m.start() && s[1] >= m.end() && s[1] - s[0] > m.length() && s[2] > words) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                kept.add(m);
            }
        }
        return kept;
    }
}
