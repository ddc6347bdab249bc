package jp.tokyo.mcc.safety.internal.detect;

import java.util.List;

import jp.tokyo.mcc.safety.SafetyTier;
import jp.tokyo.mcc.safety.internal.rules.Concept;
import jp.tokyo.mcc.safety.internal.rules.ContextCues;
import jp.tokyo.mcc.safety.internal.rules.Vocabulary;
import jp.tokyo.mcc.safety.internal.text.AnalyzedText;
import jp.tokyo.mcc.safety.internal.text.Token;

/**
 * Weighs a seen sign against its context (flows/safety/context.yaml):
 * <ul>
 *   <li>{@code calm} after the sign, in its sentence, unless another subject comes between (今は落ち着いています:
 *       one tier lower; アラームが鳴りやまない、<u>画面が</u>消えた: it is the screen that went out);</li>
 *   <li>{@code present} anywhere in the sentence (今, まだ, どうしよう): it is happening, whatever else is said;</li>
 *   <li>{@code past} in the sign's clause with the clause in the past tense (先週けいれんがありました),
 *       {@code frame} in the sign's clause (講習, 予防, もしも), or {@code about} right after the sign (目安, 方法,
 *       〜たら, 〜とき): talk about it, not the thing itself.</li>
 * </ul>
 * What that means per tier: an emergency talked about gets the one-line reminder; calm makes it urgent doubt
 * (#7119 / #8000) or, talked about, the reminder. Urgent doubt talked about gets the reminder (calm does not lower it:
 * whether to see a doctor after a fall is still the question). A crisis counts unless it is in talk about training or
 * prevention, or a supposition. A disaster talked about, or over, is preparation (the FAQ answers), unless the words
 * go on in the progressive or the past outside talk of the past, a supposition or 〜とき (断水していて、経管栄養の準備が
 * できない: the water is off now).
 */
final class ContextJudge {

    private static final int ABOUT_REACH = 6;

    private final ContextCues cues;
    private final Vocabulary vocabulary;
    private final SignMatcher matcher;

    ContextJudge(ContextCues cues, Vocabulary vocabulary, SignMatcher matcher) {
        this.cues = cues;
        this.vocabulary = vocabulary;
        this.matcher = matcher;
    }

    Finding judge(Hit hit, Mentions mentions) {
        AnalyzedText text = mentions.text();
        int start = hit.start();
        int end = hit.end();
        int sentence = text.sentence(start);
        int sentenceStart = text.sentenceStart(sentence);
        int sentenceEnd = text.sentenceEnd(sentence);
        int clauseStart = text.clauseStart(text.clause(start));
        int clauseEnd = text.clauseEnd(text.clause(Math.max(start, end - 1)));

        boolean calm = false;
        for (Mention m : mentions.of(cues.calm())) {
            // 止まったら is a supposition, not calm
            calm |= m.start() >= start && m.end() <= sentenceEnd && !hit.overlaps(m) && !aboutAfter(m.end(), mentions)
                    && !(m.start() >= end && matcher.interrupted(end, m.start(), hit.sign(), mentions));
        }
        boolean about = aboutAfter(hit, mentions);
        boolean present = false;
        for (Mention m : mentions.of(cues.present())) {
            // a present word that is the sign's own predicate (止まらない) does not outweigh 〜とき right after it
            present |= m.start() >= sentenceStart && m.end() <= sentenceEnd && !(about && hit.overlaps(m))
                    && !text.text().startsWith("まで", m.end()) && !pastVerb(text, m);
        }
        boolean supposing = false;
        for (Mention m : mentions.of(cues.supposing())) {
            supposing |= m.start() >= sentenceStart && m.end() <= sentenceEnd && !hit.overlaps(m);
        }
        present &= !supposing;
        boolean past = false;
        for (Mention m : mentions.of(cues.past())) {
            past |= m.start() >= clauseStart && m.end() <= clauseEnd && !hit.overlaps(m)
                    && !text.text().startsWith("から", m.end()) && !text.text().startsWith("より", m.end());
        }
        past &= pastTense(text, end, clauseEnd);
        boolean frame = false;
        for (Mention m : mentions.of(cues.frame())) {
            frame |= m.start() >= clauseStart && m.end() <= clauseEnd && !hit.overlaps(m);
        }
        boolean talk = past || frame || about || supposing;
        boolean worry = false;
        for (Mention m : mentions.of(cues.worry())) {
            worry |= m.start() >= sentenceStart && m.end() <= sentenceEnd && !hit.overlaps(m);
        }
        String why = (calm ? "calm " : "") + (present ? "present " : "") + (past ? "past " : "")
                + (frame ? "frame " : "") + (about ? "about " : "") + (supposing ? "supposing" : "");
        String name = hit.sign().name();
        SafetyTier seen = hit.sign().tier();
        return switch (seen) {
            case EMERGENCY -> calm ? (talk ? reminder(name, seen, why) : alarm(name, seen, SafetyTier.URGENT, why))
                    : present || !talk ? alarm(name, seen, SafetyTier.EMERGENCY, why) : reminder(name, seen, why);
            case URGENT -> talk && !present ? reminder(name, seen, why) : alarm(name, seen, SafetyTier.URGENT, why);
            case CRISIS -> frame || supposing ? new Finding(name, seen, null, Finding.Outcome.NONE, why)
                    : alarm(name, seen, SafetyTier.CRISIS, why);
            case DISASTER -> !calm && (present || !talk && !(worry && !happening(hit, mentions))
                    || frame && !past && !about && !supposing && happening(hit, mentions))
                    ? alarm(name, seen, SafetyTier.DISASTER, why) : preparation(name, seen, why);
            case PREPARATION -> preparation(name, seen, why);
        };
    }

    private static Finding alarm(String name, SafetyTier seen, SafetyTier tier, String why) {
        return new Finding(name, seen, tier, Finding.Outcome.ALARM, why.strip());
    }

    private static Finding reminder(String name, SafetyTier seen, String why) {
        return new Finding(name, seen, null, Finding.Outcome.REMINDER, why.strip());
    }

    private static Finding preparation(String name, SafetyTier seen, String why) {
        return new Finding(name, seen, SafetyTier.PREPARATION, Finding.Outcome.PREPARATION, why.strip());
    }

    /**
     * The sign's words go on in the progressive or the past (停電している, 停電した, 停電中): it is happening, not a
     * worry about what might.
     */
    private boolean happening(Hit hit, Mentions mentions) {
        AnalyzedText text = mentions.text();
        List<Token> tokens = text.tokens();
        int from = text.tokenAt(hit.end());
        for (int i = from; i < tokens.size() && i < from + ABOUT_REACH; i++) {
            Token t = tokens.get(i);
            if (t.is("助動詞") && t.inflectionType() != null && t.inflectionType().startsWith("特殊・タ")
                    || t.is("動詞-非自立") && (t.base().equals("いる") || t.base().equals("てる"))
                    || t.surface().equals("中") && t.is("名詞-接尾")
                    || i == from && t.is("助詞-接続助詞") && (t.surface().equals("て") || t.surface().equals("で"))) {
                return true; // 停電している, 停電した, 停電中, 電気が止まって
            }
            if (!t.isFunctional() && !vocabulary.lightVerbs().contains(t.base())) {
                return false;
            }
        }
        return false;
    }

    /** A verb or adjective cue in the past tense (止まらなかった is not happening now). */
    private static boolean pastVerb(AnalyzedText text, Mention m) {
        List<Token> tokens = text.tokens();
        int i = text.tokenAt(m.start());
        if (i >= tokens.size()) {
            return false;
        }
        Token first = tokens.get(i);
        if (first.kind() != jp.tokyo.mcc.safety.internal.text.Word.Kind.VERB
                && first.kind() != jp.tokyo.mcc.safety.internal.text.Word.Kind.ADJECTIVE) {
            return false;
        }
        int j = text.tokenAt(m.end());
        for (int k = j; k < tokens.size() && k < j + 3; k++) {
            Token t = tokens.get(k);
            if (t.is("助動詞") && t.inflectionType() != null && t.inflectionType().startsWith("特殊・タ")) {
                return true;
            }
            if (!t.isFunctional()) {
                return false;
            }
        }
        return false;
    }

    /** A past-tense auxiliary (た, だ, でした) after the sign, in its clause. */
    private static boolean pastTense(AnalyzedText text, int from, int to) {
        List<Token> tokens = text.tokens();
        for (int i = text.tokenAt(from); i < tokens.size() && tokens.get(i).start() < to; i++) {
            Token t = tokens.get(i);
            if (t.is("助動詞") && t.inflectionType() != null && t.inflectionType().startsWith("特殊・タ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An {@code about} cue right after the sign: past particles, auxiliaries, light verbs and calm words, the first
     * other word starts an {@code about} cue (救急車を呼ぶ<u>目安</u>, けいれんし<u>たら</u>, 抜けた<u>とき</u>の), or
     * the sign ends in a condition (鳴る<u>と</u>, 止まらなけれ<u>ば</u>).
     */
    private boolean aboutAfter(Hit hit, Mentions mentions) {
        return aboutAfter(hit.end(), mentions);
    }

    private boolean aboutAfter(int end, Mentions mentions) {
        AnalyzedText text = mentions.text();
        List<Token> tokens = text.tokens();
        Concept about = cues.about();
        int from = text.tokenAt(end);
        List<Mention> abouts = mentions.of(about);
        for (int i = from; i < tokens.size() && i < from + ABOUT_REACH; i++) {
            Token t = tokens.get(i);
            if (t.isPunctuation()) {
                return false;
            }
            for (Mention m : abouts) {
                if (m.start() == t.start()) {
                    return true;
                }
            }
            if (t.is("助詞-接続助詞") && (t.surface().equals("と") || t.surface().equals("ば"))) {
                return true; // 鳴ると, 止まらなければ: a condition
            }
            boolean pass = t.isFunctional() || vocabulary.lightVerbs().contains(t.base())
                    || mentions.inside(cues.calm(), t.start());
            if (!pass) {
                return false;
            }
        }
        return false;
    }
}
