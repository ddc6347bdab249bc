package jp.tokyo.mcc.conversation.internal.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jp.tokyo.mcc.conversation.FlowProblem;
import org.junit.jupiter.api.Test;

/** Each rule of the validator refuses a broken flow with a reason an administrator can act on. */
class FlowValidatorTest {

    static final String MAIN = """
            id: main
            start: menu
            commands:
              menu: { match: [メニュー], to: menu }
              counsellor: { match: [相談員], to: help:start }
            states:
              menu:
                say: どうしますか？
                choices:
                  - { label: 住まい, to: where }
              where:
                ask: { slot: municipality, type: municipality, prompt: どこにお住まいですか？ }
                next: done
              done:
                say: "{center.phone}"
                end: true
            """;
    static final String HELP = """
            id: help
            start: start
            states:
              start:
                say: 相談員につなぎます
                end: true
            """;

    static List<FlowProblem> problems(String... files) {
        List<Flow> flows = new ArrayList<>();
        List<FlowProblem> problems = new ArrayList<>();
        for (int i = 0; i < files.length; i++) {
            FlowParser.Result r = FlowParser.parse("f" + i + ".yaml", files[i]);
            problems.addAll(r.problems());
            if (r.flow() != null) {
                flows.add(r.flow());
            }
        }
        problems.addAll(FlowValidator.duplicateIds(flows));
        problems.addAll(FlowValidator.validate(flows, "main"));
        return problems;
    }

    static List<String> messages(String... files) {
        return problems(files).stream().map(FlowProblem::toString).toList();
    }

    @Test
    void aGoodSetHasNoProblems() {
        assertThat(problems(MAIN, HELP)).isEmpty();
    }

    @Test
    void unknownTargets() {
        assertThat(messages(MAIN.replace("to: where", "to: wher"), HELP))
                .anyMatch(m -> m.contains("f0.yaml:10 (状態 menu): 行き先「wher」がありません"));
        assertThat(messages(MAIN.replace("to: help:start", "to: help:begin"), HELP))
                .anyMatch(m -> m.contains("行き先「help:begin」がありません：フロー help にその状態がありません"));
        assertThat(messages(MAIN.replace("to: help:start", "to: helps:start"), HELP))
                .anyMatch(m -> m.contains("フロー「helps」がありません"));
    }

    @Test
    void unreachableStates() {
        String extra = MAIN + """
                  lonely:
                    say: だれも来ない
                    end: true
                """;
        assertThat(messages(extra, HELP)).anyMatch(m -> m.contains("(状態 lonely): たどり着けません"));
    }

    @Test
    void deadEnds() {
        assertThat(messages(MAIN.replace("    end: true\n", ""), HELP))
                .anyMatch(m -> m.contains("(状態 done): 行き止まりです：ここから進む先がありません"));
        assertThat(messages(MAIN.replace("    next: done\n", ""), HELP))
                .anyMatch(m -> m.contains("(状態 where): 行き止まりです：答えのあとに進む先がありません"));
    }

    @Test
    void duplicateIds() {
        assertThat(messages(MAIN, HELP, HELP)).anyMatch(m -> m.contains("フローの id「help」は"));
        String twice = MAIN + """
                  done:
                    say: また
                    end: true
                """;
        assertThat(messages(twice, HELP)).anyMatch(m -> m.contains("「done」が states に2回あります"));
        assertThat(messages(MAIN.replace("match: [相談員]", "match: [メニュー]"), HELP))
                .anyMatch(m -> m.contains("「メニュー」は、すでにコマンド menu を始める言葉です"));
    }

    @Test
    void missingTexts() {
        assertThat(messages(MAIN.replace("prompt: どこにお住まいですか？ ", ""), HELP))
                .anyMatch(m -> m.contains("文がありません：ask.prompt"));
        assertThat(messages(MAIN.replace("say: どうしますか？", "say: \"\""), HELP))
                .anyMatch(m -> m.contains("文がありません：say の文が空です"));
        assertThat(messages(MAIN, HELP.replace("    say: 相談員につなぎます\n", "")))
                .anyMatch(m -> m.contains("文がありません：この状態は何も言いません"));
    }

    @Test
    void unknownSlotTypes() {
        assertThat(messages(MAIN.replace("type: municipality", "type: adress"), HELP))
                .anyMatch(m -> m.contains("答えの種類「adress」はありません（choice, multi-choice, yes-no, text, "
                        + "age, municipality, phone のどれかです）"));
    }

    @Test
    void labelsOverTwentyCharacters() {
        assertThat(messages(MAIN.replace("label: 住まい", "label: お住まいの区市町村とセンターの案内を見たい人"), HELP))
                .anyMatch(m -> m.contains("ボタンの文字「お住まいの区市町村とセンターの案内を見たい人」 が 22 文字あります（LINEは 20 文字まで）"));
    }

    @Test
    void moreThanThirteenChoices() {
        StringBuilder choices = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            choices.append("      - { label: 選択").append(i).append(", to: where }\n");
        }
        String many = MAIN.replace("      - { label: 住まい, to: where }\n", choices.toString());
        assertThat(messages(many, HELP)).anyMatch(m -> m.contains("下のボタン（choices） が 14 個あります（LINEは 13 個まで）"));
    }

    @Test
    void moreThanFourButtons() {
        String buttons = MAIN.replace("""
                    say: どうしますか？
                    choices:
                      - { label: 住まい, to: where }
                """, """
                    buttons:
                      text: どうしますか？
                      choices:
                        - { label: 一, to: where }
                        - { label: 二, to: where }
                        - { label: 三, to: where }
                        - { label: 四, to: where }
                        - { label: 五, to: where }
                """);
        assertThat(messages(buttons, HELP)).anyMatch(m -> m.contains("buttons が 5 個あります（LINEは 4 個まで）"));
    }

    @Test
    void moreThanFiveMessagesInOneTurn() {
        String chatty = MAIN.replace("say: どうしますか？", "say: [一, 二, 三, 四, 五, 六]");
        assertThat(messages(chatty, HELP))
                .anyMatch(m -> m.contains("(状態 menu): この状態に入ると、1回に最大 6 通送ります（LINEは 5 通まで）"));
        String chain = MAIN.replace("    next: done\n", "    next: done\n").replace("""
                  done:
                    say: "{center.phone}"
                    end: true
                """, """
                  done:
                    say: [一, 二, 三]
                    next: more
                  more:
                    say: [四, 五, 六]
                    end: true
                """);
        assertThat(messages(chain, HELP)).anyMatch(m -> m.contains("(状態 done): この状態に入ると、1回に最大 6 通"));
    }

    @Test
    void textsOverFiveThousandCharacters() {
        String longText = "あ".repeat(5001);
        assertThat(messages(MAIN.replace("say: どうしますか？", "say: " + longText), HELP))
                .anyMatch(m -> m.contains("say が 5,001 文字あります（LINEは 5,000 文字まで）"));
    }

    @Test
    void unknownPlaceholders() {
        assertThat(messages(MAIN.replace("{center.phone}", "{center.fax}"), HELP))
                .anyMatch(m -> m.contains("知らない差し込み {center.fax} です"));
        assertThat(messages(MAIN.replace("{center.phone}", "{municipality}さんへ"), HELP)).isEmpty();
    }

    @Test
    void loopsWithoutWaiting() {
        String loop = MAIN.replace("""
                  done:
                    say: "{center.phone}"
                    end: true
                """, """
                  done:
                    say: あ
                    next: again
                  again:
                    say: い
                    next: done
                """);
        assertThat(messages(loop, HELP)).anyMatch(m -> m.contains("ご家族の答えを待たずにぐるぐる回ります"));
    }

    @Test
    void unknownKeysWithASuggestion() {
        assertThat(messages(MAIN.replace("    choices:", "    chioces:"), HELP))
                .anyMatch(m -> m.contains("状態 に知らないキー「chioces」があります（「choices」のまちがいですか？）"));
    }

    @Test
    void brokenYaml() {
        assertThat(messages(MAIN.replace("say: どうしますか？", "say: [どうしますか？"), HELP))
                .anyMatch(m -> m.startsWith("f0.yaml:") && m.contains("YAMLとして読めません"));
    }

    @Test
    void theCommandsTheBotOffersMustExist() {
        assertThat(messages(MAIN.replace("  counsellor: { match: [相談員], to: help:start }\n", ""), HELP))
                .anyMatch(m -> m.contains("コマンド「counsellor」がありません"));
    }

    @Test
    void choiceQuestionsNeedOptionsAndConditionsNeedAnOtherwise() {
        assertThat(messages(MAIN.replace("type: municipality", "type: choice"), HELP))
                .anyMatch(m -> m.contains("choice には options が要ります"));
        String conditional = MAIN.replace("    next: done\n", "    next:\n      - { if: { municipality: 八王子市 }, to: done }\n");
        assertThat(messages(conditional, HELP)).anyMatch(m -> m.contains("next の最後の場合分けには if を書きません"));
    }
}
