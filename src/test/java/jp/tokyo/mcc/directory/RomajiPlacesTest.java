package jp.tokyo.mcc.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import jp.tokyo.mcc.directory.internal.TestDirectories;

/** Place names in Latin letters and common misspellings. */
class RomajiPlacesTest {

    static final Directory DIRECTORY = TestDirectories.shipped();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "Hachioji; 八王子市", "hachiouji; 八王子市", "Hachiōji; 八王子市", "HACHIOJI-SHI; 八王子市", "Hachiohji; 八王子市",
            "Hachioji City; 八王子市", "Tokyo Hachioji; 八王子市", "Setagaya; 世田谷区", "setagaya-ku; 世田谷区",
            "Setagaya Ward, Tokyo; 世田谷区", "Tokyo-to Minato-ku; 港区", "Minato; 港区", "Fuchu; 府中市", "Fuchuu-shi; 府中市",
            "Chofu; 調布市", "Chōfu; 調布市", "Ome; 青梅市", "Koto-ku; 江東区", "Kōtō; 江東区", "Ota; 大田区", "Oota-ku; 大田区",
            "Shibuya; 渋谷区", "Shinjuku; 新宿区", "Sinjuku; 新宿区", "Chiyoda; 千代田区", "Tiyoda; 千代田区",
            "Machida; 町田市", "Kokubunji; 国分寺市", "Hinohara-mura; 檜原村", "Mizuho-machi; 瑞穂町", "Hachijojima; 八丈町",
            "Ogasawara; 小笠原村", "Nishitokyo; 西東京市", "Higashimurayama; 東村山市", "I live in Nerima; 練馬区"})
    void latinLettersFindTheMunicipality(String answer, String expected) {
        assertThat(DIRECTORY.match(answer)).as(answer).isInstanceOfSatisfying(PlaceMatch.Found.class,
                f -> assertThat(f.municipality().name()).isEqualTo(expected));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {"Setagya; 世田谷区", "Hachoji; 八王子市", "Kichijoji; ", "Nerma; 練馬区"})
    void oneLetterOffIsASuggestion(String answer, String expected) {
        PlaceMatch match = DIRECTORY.match(answer);
        if (expected == null) {
            assertThat(match).as(answer).isInstanceOf(PlaceMatch.Unknown.class);
        } else {
            assertThat(match).as(answer).isInstanceOfSatisfying(PlaceMatch.Suggestion.class,
                    s -> assertThat(s.candidate().name()).isEqualTo(expected));
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {"Yokohama; 神奈川県", "Osaka; 大阪府", "Kawaguchi-shi; 埼玉県", "Sapporo; 北海道",
            "Saitama; 埼玉県", "Kanagawa-ken; 神奈川県", "Fuchu-cho, Hiroshima; 広島県", "Hino-cho Shiga; 滋賀県"})
    void latinNamesOutsideTokyoAreOutside(String answer, String prefecture) {
        assertThat(DIRECTORY.match(answer)).as(answer).isEqualTo(new PlaceMatch.OutsideTokyo(prefecture));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tokyo", "Toshima", "abc", "OK", "hello", "I don't know"})
    void unknownOrAmbiguousLatinAnswers(String answer) {
        assertThat(DIRECTORY.match(answer)).as(answer).isInstanceOf(PlaceMatch.Unknown.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {"駒江市; 狛江市", "駒江; 狛江市", "国分時; 国分寺市", "調府市; 調布市", "世田ケ谷区; 世田谷区",
            "練間区; 練馬区", "八王寺; 八王子市", "町田氏; 町田市", "東久留米氏; 東久留米市"})
    void commonMisspellingsAreSuggestions(String answer, String expected) {
        assertThat(DIRECTORY.match(answer)).as(answer).isInstanceOfSatisfying(PlaceMatch.Suggestion.class,
                s -> assertThat(s.candidate().name()).isEqualTo(expected));
    }
}
