package jp.tokyo.mcc.safety.internal.detect;

import java.util.ArrayList;
import java.util.List;

import jp.tokyo.mcc.safety.internal.rules.Rulebook;
import jp.tokyo.mcc.safety.internal.rules.Sign;
import jp.tokyo.mcc.safety.internal.text.AnalyzedText;
import jp.tokyo.mcc.safety.internal.text.SafetyText;

/**
 * The safety net's reading of one text: normalize and rewrite regional endings, analyse (Kuromoji), find the words of
 * the concepts, see the signs, weigh each against its context. Immutable; built once per version of the files.
 */
public final class Detector {

    private final Rulebook rules;
    private final MentionFinder finder;
    private final SignMatcher matcher;
    private final ContextJudge judge;
    private final List<Sign> signs;

    public Detector(Rulebook rules) {
        this.rules = rules;
        this.finder = new MentionFinder(new ConceptIndex(rules.concepts()), rules.vocabulary());
        this.matcher = new SignMatcher(rules.vocabulary());
        this.judge = new ContextJudge(rules.cues(), rules.vocabulary(), matcher);
        this.signs = rules.signs();
    }

    public Rulebook rules() {
        return rules;
    }

    public Detection detect(String text) {
        String normalized = prepared(text);
        if (normalized.isEmpty()) {
            return Detection.NOTHING;
        }
        AnalyzedText analysed = AnalyzedText.of(normalized);
        Mentions mentions = new Mentions(analysed, finder.find(analysed));
        if (mentions.noneCount()) {
            return Detection.NOTHING; // every sign needs a mention of each of its concepts
        }
        List<Finding> findings = new ArrayList<>();
        for (Sign sign : signs) {
            Finding best = null;
            for (Hit hit : matcher.hits(sign, mentions)) {
                Finding f = judge.judge(hit, mentions);
                if (best == null || weight(f) > weight(best)) {
                    best = f;
                }
            }
            if (best != null) {
                findings.add(best);
            }
        }
        return new Detection(findings);
    }

    /** The words of the concepts found in a text, for administrators' and developers' checks. */
    public List<String> mentions(String text) {
        String normalized = prepared(text);
        AnalyzedText analysed = AnalyzedText.of(normalized);
        List<String> found = new ArrayList<>();
        for (Mention m : finder.find(analysed)) {
            found.add(m.concept().name() + "[" + normalized.substring(m.start(), m.end()) + "]"
                    + (m.negated() ? " negated" : "") + (m.counts() ? "" : " (form not counted)"));
        }
        return found;
    }

    /** Normalized (half-width kana without kanji as hiragana: ｲｷｶﾞｸﾙｼｿｳ), regional endings rewritten. */
    private String prepared(String text) {
        return rules.vocabulary().rewrite(SafetyText.normalizeHalfWidthAsHiragana(text));
    }

    /** Of two readings of one sign, the more serious one counts. */
    private static int weight(Finding f) {
        return switch (f.outcome()) {
            case ALARM -> 100 - f.tier().ordinal();
            case REMINDER -> 10;
            case PREPARATION -> 5;
            case NONE -> 0;
        };
    }
}
