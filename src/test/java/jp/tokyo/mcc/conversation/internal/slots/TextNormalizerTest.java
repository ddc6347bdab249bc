package jp.tokyo.mcc.conversation.internal.slots;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void keysIgnoreWidthSpacesEndingPunctuationAndPoliteEndings() {
        assertThat(TextNormalizer.key("　メニュー。")).isEqualTo(TextNormalizer.key("メニュー"));
        assertThat(TextNormalizer.key("相談員と話したいです")).isEqualTo(TextNormalizer.key("相談員と話したい"));
        assertThat(TextNormalizer.key("「最初から」")).isEqualTo(TextNormalizer.key("最初から"));
        assertThat(TextNormalizer.key("ＨＥＬＰ")).isEqualTo("help");
        assertThat(TextNormalizer.key("メニューを見たい")).isNotEqualTo(TextNormalizer.key("メニュー"));
    }
}
