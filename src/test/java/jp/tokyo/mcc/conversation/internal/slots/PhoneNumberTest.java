package jp.tokyo.mcc.conversation.internal.slots;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "090-1234-5678|090-1234-5678", "09012345678|090-1234-5678", "０９０１２３４５６７８|090-1234-5678",
            "０９０－１２３４－５６７８|090-1234-5678", "090 1234 5678|090-1234-5678", "080ー1234ー5678|080-1234-5678",
            "+81 90 1234 5678|090-1234-5678", "+819012345678|090-1234-5678", "050-1234-5678|050-1234-5678",
            "03-3941-3221|03-3941-3221", "0339413221|03-3941-3221", "03(3941)3221|03-3941-3221",
            "042-312-8164|0423128164", "0120-123-456|0120123456", "0120-123-4567|0120-123-4567",
            "電話：090-1234-5678|090-1234-5678", "090-1234-5678です|090-1234-5678"})
    void readsJapanesePhoneNumbers(String answer, String expected) {
        assertThat(PhoneNumber.parse(answer)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "090-1234-567", "090-1234-56789", "12345678901", "0901234567", "abc", "",
            "03-1234-56789", "00-1234-5678", "電話してください"})
    void refusesWhatIsNotAPhoneNumber(String answer) {
        assertThat(PhoneNumber.parse(answer)).isEmpty();
    }
}
