package jp.tokyo.mcc.conversation.internal.slots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class OptionMatcherTest {

    static final List<String> CARE = List.of("喀痰吸引", "経管栄養", "人工呼吸器", "気管切開", "酸素療法", "導尿", "その他");

    @Test
    void oneOptionByItsLabelAWidthVariantANumberOrAnUnambiguousPart() {
        assertThat(OptionMatcher.one("経管栄養", CARE)).contains(1);
        assertThat(OptionMatcher.one(" 経管栄養です。", CARE)).contains(1);
        assertThat(OptionMatcher.one("２", CARE)).contains(1);
        assertThat(OptionMatcher.one("吸引", CARE)).contains(0);
        assertThat(OptionMatcher.one("8", CARE)).isEmpty();
        assertThat(OptionMatcher.one("わからない", CARE)).isEmpty();
    }

    @Test
    void severalOptionsNamedInOneAnswer() {
        assertThat(OptionMatcher.all("喀痰吸引と経管栄養", CARE)).containsExactly(0, 1);
        assertThat(OptionMatcher.all("人工呼吸器、気管切開、導尿", CARE)).containsExactly(2, 3, 5);
        assertThat(OptionMatcher.all("吸引", CARE)).containsExactly(0);
        assertThat(OptionMatcher.all("なにもない", CARE)).isEmpty();
    }
}
