package jp.tokyo.mcc.conversation.internal.slots;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YesNoTest {

    @ParameterizedTest
    @ValueSource(strings = {"はい", "はい。", "はい！", "ハイ", "はい、お願いします", "はいそうです", "そうです", "うん", "ええ", "OK",
            "ｏｋ", "Yes", "お願いします", "大丈夫です", "同意します", "👍"})
    void yes(String answer) {
        assertThat(YesNo.parse(answer)).contains(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"いいえ", "いいえ。", "いえ", "いや", "No", "ちがいます", "違います", "だめ", "同意しません", "やめておく",
            "けっこうです"})
    void no(String answer) {
        assertThat(YesNo.parse(answer)).contains(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "どうしよう", "わからない", "たぶん", "3歳", "八王子"})
    void neither(String answer) {
        assertThat(YesNo.parse(answer)).isEmpty();
    }
}
