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
                .anyMatch(m -> m.contains("f0.yaml:10 (state menu): unknown target \"wher\""));
        assertThat(messages(MAIN.replace("to: help:start", "to: help:begin"), HELP))
                .anyMatch(m -> m.contains("unknown target \"help:begin\": no such state in flow help"));
        assertThat(messages(MAIN.replace("to: help:start", "to: helps:start"), HELP))
                .anyMatch(m -> m.contains("there is no flow \"helps\""));
    }

    @Test
    void unreachableStates() {
        String extra = MAIN + """
                  lonely:
                    say: だれも来ない
                    end: true
                """;
        assertThat(messages(extra, HELP)).anyMatch(m -> m.contains("(state lonely): unreachable"));
    }

    @Test
    void deadEnds() {
        assertThat(messages(MAIN.replace("    end: true\n", ""), HELP))
                .anyMatch(m -> m.contains("(state done): dead end: nothing leads on from here"));
        assertThat(messages(MAIN.replace("    next: done\n", ""), HELP))
                .anyMatch(m -> m.contains("(state where): dead end: nothing leads on after the answer"));
    }

    @Test
    void duplicateIds() {
        assertThat(messages(MAIN, HELP, HELP)).anyMatch(m -> m.contains("duplicate flow id \"help\""));
        String twice = MAIN + """
                  done:
                    say: また
                    end: true
                """;
        assertThat(messages(twice, HELP)).anyMatch(m -> m.contains("\"done\" appears twice in states (duplicate id)"));
        assertThat(messages(MAIN.replace("match: [相談員]", "match: [メニュー]"), HELP))
                .anyMatch(m -> m.contains("\"メニュー\" already starts command menu"));
    }

    @Test
    void missingTexts() {
        assertThat(messages(MAIN.replace("prompt: どこにお住まいですか？ ", ""), HELP))
                .anyMatch(m -> m.contains("missing text: ask.prompt"));
        assertThat(messages(MAIN.replace("say: どうしますか？", "say: \"\""), HELP))
                .anyMatch(m -> m.contains("missing text: say has an empty text"));
        assertThat(messages(MAIN, HELP.replace("    say: 相談員につなぎます\n", "")))
                .anyMatch(m -> m.contains("missing text: this state says nothing"));
    }

    @Test
    void unknownSlotTypes() {
        assertThat(messages(MAIN.replace("type: municipality", "type: adress"), HELP))
                .anyMatch(m -> m.contains("unknown slot type \"adress\" (use one of: choice, multi-choice, yes-no, text, "
                        + "age, municipality, phone)"));
    }

    @Test
    void labelsOverTwentyCharacters() {
        assertThat(messages(MAIN.replace("label: 住まい", "label: お住まいの区市町村とセンターの案内を見たい人"), HELP))
                .anyMatch(m -> m.contains("label \"お住まいの区市町村とセンターの案内を見たい人\" is 22 characters (LINE allows 20)"));
    }

    @Test
    void moreThanThirteenChoices() {
        StringBuilder choices = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            choices.append("      - { label: 選択").append(i).append(", to: where }\n");
        }
        String many = MAIN.replace("      - { label: 住まい, to: where }\n", choices.toString());
        assertThat(messages(many, HELP)).anyMatch(m -> m.contains("too many choices (quick replies): 14 (LINE allows 13)"));
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
        assertThat(messages(buttons, HELP)).anyMatch(m -> m.contains("too many buttons: 5 (LINE allows 4)"));
    }

    @Test
    void moreThanFiveMessagesInOneTurn() {
        String chatty = MAIN.replace("say: どうしますか？", "say: [一, 二, 三, 四, 五, 六]");
        assertThat(messages(chatty, HELP))
                .anyMatch(m -> m.contains("(state menu): entering this state sends up to 6 messages in one turn (LINE allows 5)"));
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
        assertThat(messages(chain, HELP)).anyMatch(m -> m.contains("(state done): entering this state sends up to 6"));
    }

    @Test
    void textsOverFiveThousandCharacters() {
        String longText = "あ".repeat(5001);
        assertThat(messages(MAIN.replace("say: どうしますか？", "say: " + longText), HELP))
                .anyMatch(m -> m.contains("say is 5001 characters (LINE allows 5000)"));
    }

    @Test
    void unknownPlaceholders() {
        assertThat(messages(MAIN.replace("{center.phone}", "{center.fax}"), HELP))
                .anyMatch(m -> m.contains("unknown placeholder {center.fax}"));
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
        assertThat(messages(loop, HELP)).anyMatch(m -> m.contains("loops without waiting for the family"));
    }

    @Test
    void unknownKeysWithASuggestion() {
        assertThat(messages(MAIN.replace("    choices:", "    chioces:"), HELP))
                .anyMatch(m -> m.contains("unknown key \"chioces\" in a state (did you mean \"choices\"?)"));
    }

    @Test
    void brokenYaml() {
        assertThat(messages(MAIN.replace("say: どうしますか？", "say: [どうしますか？"), HELP))
                .anyMatch(m -> m.startsWith("f0.yaml:") && m.contains("the file is not valid YAML"));
    }

    @Test
    void theCommandsTheBotOffersMustExist() {
        assertThat(messages(MAIN.replace("  counsellor: { match: [相談員], to: help:start }\n", ""), HELP))
                .anyMatch(m -> m.contains("command \"counsellor\" is missing"));
    }

    @Test
    void choiceQuestionsNeedOptionsAndConditionsNeedAnOtherwise() {
        assertThat(messages(MAIN.replace("type: municipality", "type: choice"), HELP))
                .anyMatch(m -> m.contains("choice needs options"));
        String conditional = MAIN.replace("    next: done\n", "    next:\n      - { if: { municipality: 八王子市 }, to: done }\n");
        assertThat(messages(conditional, HELP)).anyMatch(m -> m.contains("the last case of next must have no if"));
    }
}
