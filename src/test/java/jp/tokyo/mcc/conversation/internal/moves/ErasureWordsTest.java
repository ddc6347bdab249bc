package jp.tokyo.mcc.conversation.internal.moves;

import static org.assertj.core.api.Assertions.assertThat;

import jp.tokyo.mcc.conversation.internal.engine.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** How parents ask for their data to be erased, and what only looks like it. */
class ErasureWordsTest {

    private static final Texts TEXTS = texts();

    private static Texts texts() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/conversation");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new Texts(messages);
    }

    @ParameterizedTest
    @ValueSource(strings = {"データを削除", "データ削除して", "私のデータを全部消してください", "これまでの相談の記録を削除してほしいです",
            "個人情報をけしたい", "やりとりの履歴を消去したいのですが", "ＬＩＮＥのトークを削除して。", "データけして", "情報を消してほしい",
            "全部消して", "送った内容を削除してください", "登録した情報を削除したい", "でーたをさくじょ", "データ　消して！",
            "子どもの個人情報を抹消してほしい", "今までのメッセージを消せますか", "データは削除されますか？"})
    void aRequestNamesWhatAndAsksForItToGo(String text) {
        assertThat(ErasureWords.isRequest(TEXTS, text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"データは消さないでください", "記録を削除しないでください", "こんにちは", "胃ろうのデータを教えて",
            "記録を残してください", "削除する", "削除しない", "写真を送ります", "消えてしまいたい", "データ", ""})
    void notARequest(String text) {
        assertThat(ErasureWords.isRequest(TEXTS, text)).as(text).isFalse();
    }
}
