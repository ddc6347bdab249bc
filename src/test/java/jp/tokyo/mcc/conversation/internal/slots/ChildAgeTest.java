package jp.tokyo.mcc.conversation.internal.slots;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChildAgeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "3, 3歳", "３, 3歳", "3歳, 3歳", "３歳です, 3歳", "3才, 3歳", "三歳, 3歳", "十二歳, 12歳", "0歳, 0歳", "18, 18歳",
            "新生児, 0歳", "1歳半, 1歳6か月", "1歳6か月, 1歳6か月", "1歳6ヶ月, 1歳6か月", "2歳0か月, 2歳",
            "生後6か月, 生後6か月", "生後６ヶ月, 生後6か月", "6カ月, 生後6か月", "18か月, 1歳6か月", "24ヶ月, 2歳",
            "年少, 年少", "年中さん, 年中", "年長, 年長",
            "小学2年, 小学2年", "小2, 小学2年", "小学校2年生, 小学2年", "小学二年, 小学2年", "中1, 中学1年",
            "中学3年生, 中学3年", "高3, 高校3年", "高校1年, 高校1年", "子どもは5歳です, 5歳", "5歳くらい, 5歳"})
    void readsTheWaysFamiliesWriteAnAge(String answer, String expected) {
        assertThat(ChildAge.parse(answer)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"19", "25歳", "二十五歳", "小7", "中4", "高4", "18歳半", "わからない", "", "  ", "3歳と5歳",
            "生まれる前", "300か月"})
    void refusesWhatIsNotAChildsAge(String answer) {
        assertThat(ChildAge.parse(answer)).isEmpty();
    }
}
