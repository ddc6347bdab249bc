package jp.tokyo.mcc.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class JoinedTextsTest {

    private final JoinedTexts texts = new JoinedTexts(new String[] {"abc", "", "bcd", "abcabc", "c"});

    private List<Integer> all(String piece) {
        List<Integer> found = new ArrayList<>();
        for (int i = texts.next(piece, 0); i >= 0; i = texts.next(piece, i + 1)) {
            found.add(i);
        }
        return found;
    }

    @Test
    void everyTextThatContainsThePieceOnce() {
        assertThat(all("bc")).containsExactly(0, 2, 3);
        assertThat(all("abc")).containsExactly(0, 3);
        assertThat(all("c")).containsExactly(0, 2, 3, 4);
        assertThat(all("ca")).containsExactly(3);
        assertThat(all("x")).isEmpty();
    }

    @Test
    void aPieceNeverSpansTwoTexts() {
        assertThat(all("cb")).isEmpty(); // abc | (empty) | bcd
        assertThat(all("dab")).isEmpty(); // bcd | abcabc
        assertThat(all("c|")).isEmpty();
        assertThat(all("abcabcc")).isEmpty();
    }

    @Test
    void anEmptyPieceIsInEveryText() {
        assertThat(all("")).containsExactly(0, 1, 2, 3, 4);
        assertThat(texts.next("", 5)).isEqualTo(-1);
    }
}
