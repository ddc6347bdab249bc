package jp.tokyo.mcc.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tokyo.mcc.safety.SafetyAlert;
import jp.tokyo.mcc.safety.SafetyAssessment;
import jp.tokyo.mcc.safety.SafetyTier;
import jp.tokyo.mcc.shared.AdminFiles;

/**
 * The rules of flows/safety/README.md, one by one, over the shipped files (the corpora test them in bulk): how a
 * message is read, how the context weighs, and what each tier answers.
 */
class ShippedRulesTest {

    private static SafetyNet net;

    @BeforeAll
    static void load() {
        net = new SafetyNet(new AdminFiles(Path.of("flows")));
    }

    private static String outcome(String text) {
        return net.detect(text).summary();
    }

    @Test
    void formsSpellingsAndWidthsOfOneSignAreOneSign() {
        for (String text : new String[] {"息をしていない", "息をしていません", "息してない", "息してへん", "息しとらん",
                "いきしてない", "ｲｷｼﾃﾅｲ", "息、してないです", "呼吸が止まった", "呼吸が止まりそう", "こきゅうがとまった",
                "呼吸 止まってる"}) {
            assertThat(outcome(text)).as(text).isEqualTo("EMERGENCY");
        }
    }

    @Test
    void negationCounts() {
        assertThat(outcome("けいれんが止まらない")).isEqualTo("EMERGENCY");
        assertThat(outcome("けいれんはしていません")).isNotEqualTo("EMERGENCY");
        assertThat(outcome("カニューレが抜けないように固定したい")).isEqualTo("NONE");
        assertThat(outcome("息は苦しくないです")).isEqualTo("NONE");
        assertThat(outcome("血が止まらない")).isEqualTo("EMERGENCY");
        assertThat(outcome("血は止まりました")).isEqualTo("NONE");
    }

    @Test
    void aWordIsReadAsTheLongestWordItIsPartOf() {
        assertThat(net.detect("息子が元気です").findings()).isEmpty(); // 息子 is not 息
        assertThat(net.detect("人工呼吸器が止まった").findings()).extracting(f -> f.sign())
                .containsExactly("人工呼吸器が動かない"); // not also 呼吸 + 止まる
        assertThat(outcome("チアノーゼ性心疾患です")).isEqualTo("NONE");
        assertThat(outcome("地震があった")).isEqualTo("DISASTER");
        assertThat(outcome("自信がない")).isEqualTo("NONE"); // a kanji word is not matched by kanji of the same reading
    }

    @Test
    void anotherSubjectBetweenAThingAndItsStateSeparatesThem() {
        assertThat(outcome("呼吸器の設定を変えたら咳が止まった")).isEqualTo("NONE");
        assertThat(outcome("カニューレを娘が引っ張って抜いた")).isEqualTo("EMERGENCY"); // a person does not
        assertThat(outcome("カニューレのひもが切れて抜けた")).isEqualTo("EMERGENCY"); // nor a part of the thing
    }

    @Test
    void numbersAgainstThresholds() {
        assertThat(outcome("SpO2が85です")).isEqualTo("EMERGENCY");
        assertThat(outcome("ＳｐＯ２　８８％")).isEqualTo("EMERGENCY");
        assertThat(outcome("サチュが90を切った")).isEqualTo("EMERGENCY");
        assertThat(outcome("SpO2が97です")).isEqualTo("NONE");
        assertThat(outcome("サチュは90以上あります")).isEqualTo("NONE");
        assertThat(outcome("普段のサチュは85くらいです")).isEqualTo("NONE");
        assertThat(outcome("熱が39度あります")).isEqualTo("URGENT");
        assertThat(outcome("熱が37度です")).isEqualTo("NONE");
    }

    @Test
    void theContextTellsAnEmergencyFromTalkAboutOne() {
        assertThat(outcome("けいれんしています")).isEqualTo("EMERGENCY");
        assertThat(outcome("けいれんしたらどうすればいいですか")).isEqualTo("REMINDER"); // about: 〜たら
        assertThat(outcome("救急車を呼ぶ目安を教えてください")).isEqualTo("REMINDER"); // about: 目安
        assertThat(outcome("カニューレが抜けたときの練習をしたい")).isEqualTo("REMINDER");
        assertThat(outcome("先週けいれんがありました")).isEqualTo("REMINDER"); // past, in the past tense
        assertThat(outcome("先週退院しましたが、息が苦しそうです")).isEqualTo("EMERGENCY"); // the past is another clause's
        assertThat(outcome("昨日から息が苦しそう")).isEqualTo("EMERGENCY"); // since yesterday: still now
        assertThat(outcome("誤嚥を防ぐ食事の工夫")).isEqualTo("REMINDER"); // prevention
        assertThat(outcome("今けいれんしてる、止まったらどうすれば")).isEqualTo("EMERGENCY"); // present outweighs 〜たら
        assertThat(outcome("もしカニューレが抜けたらどうしよう")).isEqualTo("REMINDER"); // a supposition outweighs it
        assertThat(outcome("さっき1分くらいけいれんして、今は落ち着いています")).isEqualTo("URGENT"); // calm: one tier lower
        assertThat(outcome("血が止まらないときはどうしたらいいですか")).isEqualTo("REMINDER");
        // calm with another subject is not the sign's calm: it is the screen that went out
        assertThat(outcome("人工呼吸器のアラームが鳴りやまない、画面が消えた")).isEqualTo("EMERGENCY");
        // how likely something is (誤嚥しにくい, 抜けやすい) is not that it happens
        assertThat(outcome("誤嚥しにくいとろみの付け方を教えて")).isNotIn("EMERGENCY", "URGENT");
        assertThat(outcome("呼吸しにくいみたいです")).isEqualTo("EMERGENCY");
    }

    @Test
    void aVerbFoundInKanaStartsWhereTheDictionarySaysAWordStarts() {
        // the ける of 持っていける is not 蹴る, the いれん of けいれん is not 入れる
        assertThat(outcome("避難所に呼吸器を持っていけるか知りたい")).isIn("PREPARATION", "NONE");
        assertThat(outcome("子どもを蹴ってしまいそう")).isEqualTo("CRISIS");
        assertThat(outcome("かにゅーれぬけた")).isEqualTo("EMERGENCY"); // kana the dictionary cannot split
    }

    @Test
    void crisisDisasterAndPreparation() {
        assertThat(outcome("もう死にたい")).isEqualTo("CRISIS");
        assertThat(outcome("子どもを叩いてしまいそうで怖い")).isEqualTo("CRISIS");
        assertThat(outcome("背中をトントン叩いて痰を出しています")).isEqualTo("NONE");
        assertThat(outcome("自殺予防の研修に行きました")).isEqualTo("NONE");
        assertThat(outcome("停電しています")).isEqualTo("DISASTER");
        assertThat(outcome("停電に備えて何を用意すればいいですか")).isEqualTo("PREPARATION");
        assertThat(outcome("停電で人工呼吸器が止まった")).isEqualTo("EMERGENCY");
        assertThat(outcome("非常用電源の補助はありますか")).isEqualTo("PREPARATION");
        assertThat(outcome("停電が心配です")).isEqualTo("PREPARATION"); // a worry about what might happen
        assertThat(outcome("停電していて心配です")).isEqualTo("DISASTER"); // happening, and a worry
        assertThat(outcome("台風が近づいていて不安")).isEqualTo("DISASTER");
        assertThat(outcome("断水していて経管栄養の準備ができない")).isEqualTo("DISASTER"); // happening, not preparing
        assertThat(outcome("停電したときの準備をしておきたい")).isEqualTo("PREPARATION");
        assertThat(outcome("去年停電したので準備をしたい")).isEqualTo("PREPARATION");
        assertThat(outcome("雷で電気が消えた")).isEqualTo("DISASTER");
    }

    @Test
    void eachTierAnswersWithItsOwnNumbers() {
        SafetyAlert emergency = net.assess("息をしていない").alert();
        assertThat(emergency.tier()).isEqualTo(SafetyTier.EMERGENCY);
        assertThat(emergency.messages().get(0).lines().findFirst().orElseThrow()).contains("119");
        assertThat(String.join("\n", emergency.messages())).contains("#8000", "#7119");
        assertThat(emergency.flowState()).isNull();

        SafetyAlert urgent = net.assess("救急車を呼ぶか迷っています").alert();
        assertThat(urgent.tier()).isEqualTo(SafetyTier.URGENT);
        assertThat(urgent.messages().get(0)).contains("#7119", "#8000", "03-3212-2323", "042-521-2323");
        assertThat(String.join("\n", urgent.messages())).contains("119番");

        SafetyAlert crisis = net.assess("もう死にたい").alert();
        assertThat(crisis.tier()).isEqualTo(SafetyTier.CRISIS);
        assertThat(String.join("\n", crisis.messages())).contains("0120-279-338", "0120-061-338", "0570-087478", "189");
        assertThat(crisis.counsellorOffer()).contains("相談員と話したい");
        assertThat(crisis.counsellorInformed()).contains("相談員にも届いています");

        SafetyAlert disaster = net.assess("停電しています").alert();
        assertThat(disaster.tier()).isEqualTo(SafetyTier.DISASTER);
        assertThat(String.join("\n", disaster.messages())).contains("171", "区市町村", "主治医", "訪問看護");
        assertThat(disaster.flowState()).isEqualTo("intake:disaster");

        SafetyAssessment preparation = net.assess("停電に備えて何を用意すればいいですか");
        assertThat(preparation.alert()).isNull();
        assertThat(preparation.reminder()).isNull();
        assertThat(preparation.preparation()).isTrue();

        assertThat(net.assess("救急車を呼ぶ目安を教えてください").reminder()).contains("119");
    }
}
