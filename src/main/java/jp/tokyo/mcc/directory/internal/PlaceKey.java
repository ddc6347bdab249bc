package jp.tokyo.mcc.directory.internal;

import java.util.Set;

/**
 * One spelling of one or more places, in {@link PlaceText#canonical canonical} form, and how it may be followed in
 * an answer.
 *
 * @param text    the spelling, e.g. 八王子市, 八王子, はちおうじ
 * @param form    how strictly what follows it is checked
 * @param targets the places it names (more than one: ambiguous, e.g. としま = 豊島区 or 利島村)
 */
record PlaceKey(String text, Form form, Set<PlaceTarget> targets) {

    enum Form {
        /** A complete name with its suffix (八王子市, 神奈川県, 八丈島): anything may follow, as in an address. */
        COMPLETE,
        /** A name without its suffix (八王子, 神奈川): must not run on into other kanji (多摩 in 多摩地域). */
        STEM,
        /** Written in kana (はちおうじ, かながわけん): must not run on into other kana (きたく in きたくしたい). */
        KANA
    }

    boolean ambiguous() {
        return targets.size() != 1;
    }

    PlaceTarget target() {
        return targets.iterator().next();
    }

    /** Whether a near miss of this spelling may be offered as a suggestion. */
    boolean typoCandidate() {
        return form == Form.KANA ? text.length() >= 3 : text.length() >= 2;
    }
}
