package jp.tokyo.mcc.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The texts with a piece are exactly those that contain it, for pieces of any length. */
class PieceIndexTest {

    private static final String[] TEXTS = {"abc", "", "bcd", "abcabc", "c", "そうだんはむりょう", "無料"};
    private final PieceIndex index = new PieceIndex(TEXTS);

    private static List<Integer> containing(String piece) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < TEXTS.length; i++) {
            if (TEXTS[i].contains(piece)) {
                found.add(i);
            }
        }
        return found;
    }

    private List<Integer> indexed(String piece) {
        List<Integer> found = new ArrayList<>();
        for (int i : index.textsWith(piece)) {
            found.add(i);
        }
        return found;
    }

    @Test
    void theTextsThatContainThePiece() {
        for (String piece : List.of("", "a", "c", "bc", "ca", "abc", "bcd", "cab", "abcabc", "abcabcc", "cb", "x",
                "c|", "|", "むりょう", "むり", "む", "料", "無料", "無料です", "う")) {
            assertThat(indexed(piece)).as(piece).isEqualTo(containing(piece));
        }
        assertThat(indexed("bc")).containsExactly(0, 2, 3);
        assertThat(indexed("")).containsExactly(0, 1, 2, 3, 4, 5, 6);
    }
}
