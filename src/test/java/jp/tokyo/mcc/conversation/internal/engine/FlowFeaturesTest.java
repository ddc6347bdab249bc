package jp.tokyo.mcc.conversation.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jp.tokyo.mcc.conversation.dialogue.EngineBot;
import jp.tokyo.mcc.router.trial.Shown;
import jp.tokyo.mcc.conversation.internal.ConversationProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flow features the shipped flows do not use: faq lookups, buttons templates, yes / no targets, buttons questions. */
class FlowFeaturesTest {

    static final String FLOW = """
            id: intake
            start: menu
            commands:
              menu: { match: [メニュー], to: menu }
              counsellor: { match: [相談員], to: menu }
            states:
              menu:
                faq: 相談は無料ですか
                buttons:
                  title: テスト
                  text: どれにしますか？
                  choices:
                    - { label: 質問, to: question }
                    - { label: 終わり, to: bye }
              question:
                ask: { slot: ok, type: yes-no, prompt: よいですか？, buttons: true, yes: bye, no: menu }
              bye:
                say: さようなら（{ok}）
                end: true
            """;

    @Test
    void faqLookupsButtonsAndYesNoTargets(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("intake.yaml"), FLOW);
        EngineBot bot = new EngineBot(dir, ConversationProperties.defaults());
        String user = "Ufeatures";
        Shown s = bot.follow(user);
        assertThat(s.messages()).hasSize(2);
        assertThat(s.messages().get(0).buttons()).extracting(Shown.Action::label).contains("相談は無料ですか？");
        assertThat(s.messages().get(1).text()).isEqualTo("どれにしますか？");
        assertThat(s.messages().get(1).buttons()).extracting(Shown.Action::label).containsExactly("質問", "終わり");

        s = HandoffTest.tap(bot, user, s, "質問");
        assertThat(s.messages()).hasSize(1);
        assertThat(s.messages().get(0).buttons()).extracting(Shown.Action::label).containsExactly("はい", "いいえ");
        s = HandoffTest.tap(bot, user, s, "いいえ");
        assertThat(bot.state(user)).isEqualTo("intake:menu");
        s = HandoffTest.tap(bot, user, s, "質問");
        s = bot.text(user, "はい");
        assertThat(s.text()).contains("さようなら（はい）");
        assertThat(bot.state(user)).isEqualTo("intake:bye");

        // an old button of the first message still in the chat: the state moved on
        s = bot.postback(user, "c:1:1");
        assertThat(s.text()).contains("前のご案内", "メニューから選ぶか");
        assertThat(s.labels()).containsExactly("メニュー", "相談員");
    }
}
