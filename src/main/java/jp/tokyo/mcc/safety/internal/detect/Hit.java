package jp.tokyo.mcc.safety.internal.detect;

import java.util.List;

import jp.tokyo.mcc.safety.internal.rules.Sign;

/**
 * A sign seen in a text: the mentions of its concepts, in the sign's order.
 *
 * @param through where the sign ends when that is after its words (the number of サチュ85, and its 以下)
 */
record Hit(Sign sign, List<Mention> mentions, int through) {

    Hit(Sign sign, List<Mention> mentions) {
        this(sign, mentions, 0);
    }

    int start() {
        return mentions.stream().mapToInt(Mention::start).min().orElse(0);
    }

    int end() {
        return Math.max(through, mentions.stream().mapToInt(Mention::end).max().orElse(0));
    }

    boolean overlaps(Mention m) {
        for (Mention own : mentions) {
            if (own.overlaps(m)) {
                return true;
            }
        }
        return false;
    }
}
