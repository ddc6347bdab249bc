package jp.tokyo.mcc.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import jp.tokyo.mcc.safety.SafetyAssessment;
import jp.tokyo.mcc.safety.SafetyTier;
import jp.tokyo.mcc.shared.AdminFiles;
import jp.tokyo.mcc.shared.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped safety net in English (flows/languages/en/safety.yaml): English messages reach the tiers the Japanese
 * words reach, talk about an emergency gets the reminder, negated or calm signs do not alarm; the answers come in the
 * family's language, and a Japanese message is caught whatever the family reads.
 */
class EnglishSafetyTest {

    static SafetyNet net;

    @BeforeAll
    static void load() {
        net = new SafetyNet(new AdminFiles(Path.of("flows")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "my child is not breathing|EMERGENCY",
            "He's turning blue!!|EMERGENCY",
            "her lips are blue and she is floppy|EMERGENCY",
            "the seizure won't stop|EMERGENCY",
            "She is unconscious|EMERGENCY",
            "the trach came out and I can't get it back in|EMERGENCY",
            "my son isn’t breathing properly|EMERGENCY",
            "I want to die|CRISIS",
            "I can't go on like this|CRISIS",
            "honestly I cannot take it anymore|CRISIS",
            "I'm scared I might hurt my child|CRISIS",
            "he has a high fever since this morning|URGENT",
            "his g-tube came out|URGENT",
            "the power is out and we are at home with the ventilator|DISASTER",
    })
    void englishMessagesReachTheirTier(String text, SafetyTier tier) {
        SafetyAssessment a = net.assess(text);
        assertThat(a.alert()).as(text).isNotNull();
        assertThat(a.alert().tier()).as(text).isEqualTo(tier);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "he is fine, not turning blue",
            "thank you, she is breathing well today",
            "is the consultation free?",
            "I want to know about short stay",
            "we are preparing for a power outage",
    })
    void everydayEnglishDoesNotAlarm(String text) {
        assertThat(net.assess(text).alert()).as(text).isNull();
    }

    @Test
    void talkAboutAnEmergencyGetsTheReminderInTheFamilysLanguage() {
        SafetyAssessment a = net.assess("what should I do if the trach comes out?");
        assertThat(a.alert()).isNull();
        assertThat(a.reminder()).contains("119");
        assertThat(a.in(Language.EN).reminder()).contains("do not hesitate: call 119");
        assertThat(a.in(Language.JA_EASY).reminder()).contains("すぐに 119番に");
    }

    @Test
    void theAnswerFollowsTheFamilysLanguageAndJapaneseIsAlwaysRead() {
        SafetyAssessment english = net.assess("my child is not breathing");
        assertThat(english.alert().messages().get(0)).contains("すぐに119番に電話して");
        assertThat(english.in(Language.EN).alert().messages().get(0)).startsWith("Call 119 now");
        assertThat(english.in(Language.JA_EASY).alert().messages().get(0)).startsWith("すぐに 119番に");

        SafetyAssessment japanese = net.assess("子どもが息をしていません");
        assertThat(japanese.alert().tier()).isEqualTo(SafetyTier.EMERGENCY);
        assertThat(japanese.in(Language.EN).alert().messages().get(0)).startsWith("Call 119 now");

        SafetyAssessment crisis = net.assess("I want to die");
        assertThat(crisis.in(Language.EN).alert().counsellorOffer()).contains("Talk to a counsellor");
        assertThat(crisis.in(Language.EN).alert().counsellorInformed()).contains("reached your counsellor");
    }

    @Test
    void theShippedTranslationsHaveEveryAnswer() {
        assertThat(net.translationGaps()).isEqualTo(Map.of(Language.EN, java.util.List.of(),
                Language.JA_EASY, java.util.List.of()));
    }
}
