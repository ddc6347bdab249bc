package jp.tokyo.mcc.safety.internal.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.tokyo.mcc.safety.internal.rules.Concept;
import jp.tokyo.mcc.safety.internal.rules.Sign;
import jp.tokyo.mcc.safety.internal.rules.Vocabulary;
import jp.tokyo.mcc.safety.internal.text.AnalyzedText;
import jp.tokyo.mcc.safety.internal.text.Token;

/**
 * Where a sign is seen: one mention of each of its concepts, in one sentence, each next to the one before it (after
 * it, at most {@value #MAX_GAP} characters on, or just before it when the writer put the state first: 止まってる、息が),
 * not split by another subject (呼吸器の設定を変えたら<u>咳が</u>止まった: it is the cough that stopped).
 */
final class SignMatcher {

    static final int MAX_GAP = 24;
    static final int MAX_GAP_BEFORE = 6;
    private static final int MAX_HITS = 16;
    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)(?:度(\\d)分?)?");
    private static final int NUMBER_REACH = 14;

    private final Vocabulary vocabulary;

    SignMatcher(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<Hit> hits(Sign sign, Mentions mentions) {
        List<Concept> all = sign.all();
        for (int i = 0; i < all.size(); i++) {
            if (mentions.of(all.get(i)).isEmpty()) {
                return List.of(); // most signs for most texts: nothing allocated
            }
        }
        List<List<Mention>> lists = new ArrayList<>(all.size());
        for (Concept c : all) {
            lists.add(mentions.of(c));
        }
        List<Hit> hits = new ArrayList<>();
        combine(sign, lists, 0, new ArrayList<>(), mentions, hits);
        return hits;
    }

    private void combine(Sign sign, List<List<Mention>> lists, int k, List<Mention> chosen, Mentions mentions,
                         List<Hit> hits) {
        if (hits.size() >= MAX_HITS) {
            return;
        }
        if (k == lists.size()) {
            Hit hit = new Hit(sign, List.copyOf(chosen));
            if (excluded(hit, mentions)) {
                return;
            }
            if (sign.needsNumber()) {
                int through = numberEnd(hit, mentions);
                if (through >= 0) {
                    hits.add(new Hit(sign, hit.mentions(), through));
                }
            } else {
                hits.add(hit);
            }
            return;
        }
        AnalyzedText text = mentions.text();
        for (Mention m : lists.get(k)) {
            if (k > 0) {
                Mention previous = chosen.get(k - 1);
                if (text.sentence(m.start()) != text.sentence(previous.start()) || !next(previous, m, sign, mentions)) {
                    continue;
                }
                boolean overlapping = false;
                for (Mention c : chosen) {
                    overlapping |= c.overlaps(m);
                }
                if (overlapping) {
                    continue;
                }
            }
            chosen.add(m);
            combine(sign, lists, k + 1, chosen, mentions, hits);
            chosen.remove(chosen.size() - 1);
        }
    }

    private boolean next(Mention a, Mention b, Sign sign, Mentions mentions) {
        if (a.end() <= b.start()) {
            return b.start() - a.end() <= MAX_GAP && !interrupted(a.end(), b.start(), sign, mentions);
        }
        if (b.end() <= a.start()) {
            return a.start() - b.end() <= MAX_GAP_BEFORE;
        }
        return false;
    }

    /** Another subject or object between a thing and its state: a noun (not a person, time or number) + が/は/も/を. */
    boolean interrupted(int from, int to, Sign sign, Mentions mentions) {
        AnalyzedText text = mentions.text();
        List<Token> tokens = text.tokens();
        for (int i = text.tokenAt(from); i + 1 < tokens.size() && tokens.get(i + 1).end() <= to; i++) {
            Token t = tokens.get(i);
            Token after = tokens.get(i + 1);
            if (!t.is("名詞") || t.is("名詞-代名詞") || t.is("名詞-副詞可能") || t.is("名詞-数") || t.is("名詞-接尾")
                    || t.is("名詞-非自立")) {
                continue;
            }
            if (!after.isParticle() || !List.of("が", "は", "も", "を").contains(after.surface())
                    || after.is("助詞-接続助詞")) {
                continue;
            }
            if (mentions.inside(vocabulary.people(), t.start()) || ownWord(sign, t.start(), mentions)
                    || partOfOwnWord(i, sign, mentions)) {
                continue;
            }
            return true;
        }
        return false;
    }

    /** A noun that belongs to the sign's own word before it: カニューレの<u>ひも</u>が, 唇の<u>色</u>が. */
    private static boolean partOfOwnWord(int i, Sign sign, Mentions mentions) {
        List<Token> tokens = mentions.text().tokens();
        if (i < 2 || !tokens.get(i - 1).surface().equals("の") || !tokens.get(i - 1).isParticle()) {
            return false;
        }
        return ownWord(sign, tokens.get(i - 2).start(), mentions);
    }

    private static boolean ownWord(Sign sign, int offset, Mentions mentions) {
        for (Concept c : sign.all()) {
            if (mentions.inside(c, offset)) {
                return true;
            }
        }
        return false;
    }

    /** A word of the sign's {@code unless} concepts in the hit's sentence. */
    private static boolean excluded(Hit hit, Mentions mentions) {
        if (hit.sign().unless().isEmpty()) {
            return false;
        }
        AnalyzedText text = mentions.text();
        int sentence = text.sentence(hit.start());
        int from = text.sentenceStart(sentence);
        int to = text.sentenceEnd(sentence);
        for (Concept c : hit.sign().unless()) {
            if (mentions.any(c, from, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * For signs with a threshold: a number soon after the sign's words that is below (or at least) it; where the
     * number (and its 以下, 切る...) ends, or -1.
     */
    private int numberEnd(Hit hit, Mentions mentions) {
        Sign sign = hit.sign();
        AnalyzedText text = mentions.text();
        String s = text.text();
        int sentenceEnd = text.sentenceEnd(text.sentence(hit.start()));
        int from = hit.mentions().get(0).end();
        int to = Math.min(sentenceEnd, hit.end() + NUMBER_REACH);
        Matcher m = NUMBER.matcher(s).region(from, Math.max(from, to));
        while (m.find()) {
            double value;
            try {
                value = Double.parseDouble(m.group(1));
                if (m.group(2) != null) {
                    value += Integer.parseInt(m.group(2)) / 10.0; // 38度5分
                }
            } catch (NumberFormatException e) {
                continue;
            }
            int after = m.end();
            int window = Math.min(sentenceEnd, after + 8);
            int bound = mentions.firstEnd(vocabulary.lower(), after, window);
            int floor = mentions.firstEnd(vocabulary.higher(), after, window);
            int end = Math.max(after, Math.max(bound, floor));
            if (sign.below() != null && floor < 0
                    && (value < sign.below() || bound >= 0 && value <= sign.below()) && value > 0 && value <= 100) {
                return end;
            }
            if (sign.above() != null && bound < 0 && value >= sign.above()) {
                return end;
            }
        }
        return -1;
    }
}
