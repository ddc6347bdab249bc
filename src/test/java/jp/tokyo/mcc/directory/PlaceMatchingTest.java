package jp.tokyo.mcc.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import jp.tokyo.mcc.directory.internal.TestDirectories;

/** Free answers as families write them: variants, addresses, sentences, typos, places outside Tokyo, nonsense. */
class PlaceMatchingTest {

    static final Directory DIRECTORY = TestDirectories.shipped();

    private static String found(String answer) {
        PlaceMatch match = DIRECTORY.match(answer);
        assertThat(match).as(answer).isInstanceOf(PlaceMatch.Found.class);
        return ((PlaceMatch.Found) match).municipality().name();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // suffix, readings, width
            "八王子, 八王子市", "八王子市, 八王子市", "港, 港区", "港区, 港区", "北, 北区", "北区です, 北区",
            "はちおうじ, 八王子市", "ハチオウジシ, 八王子市", "ﾊﾁｵｳｼﾞ, 八王子市", "みなとく, 港区", "ミナト, 港区",
            "はちおうじ市, 八王子市", "ｾﾀｶﾞﾔｸ, 世田谷区", "　八王子市　, 八王子市", "みずほちょう, 瑞穂町",
            // polite sentences
            "八王子市です, 八王子市", "八王子に住んでいます, 八王子市", "八王子市に住んでいます。, 八王子市",
            "えっと、町田です, 町田市", "私は府中市に住んでいます, 府中市", "住所は世田谷区です, 世田谷区",
            "わたしははちおうじにすんでいます, 八王子市", "はちおうじです, 八王子市", "北です, 北区",
            "港区在住です, 港区", "東京の八王子です, 八王子市", "東京都内の府中市です, 府中市",
            "とうきょうと はちおうじし, 八王子市", "品川駅の近くです, 品川区", "国立です, 国立市",
            // 郡 and islands
            "西多摩郡檜原村, 檜原村", "西多摩郡桧原村, 檜原村", "桧原村, 檜原村", "檜原, 檜原村", "ひのはらむら, 檜原村",
            "西多摩郡瑞穂町, 瑞穂町", "東京都西多摩郡日の出町平井, 日の出町", "日ノ出町, 日の出町", "西多摩郡奥多摩町, 奥多摩町",
            "大島, 大島町", "伊豆大島, 大島町", "八丈島, 八丈町", "八丈, 八丈町", "三宅島, 三宅村", "東京都三宅島三宅村坪田, 三宅村",
            "東京都八丈島八丈町大賀郷, 八丈町", "小笠原, 小笠原村", "父島, 小笠原村", "東京都小笠原村父島, 小笠原村",
            "新島, 新島村", "式根島, 新島村", "神津島, 神津島村", "御蔵島, 御蔵島村", "利島, 利島村", "利島村, 利島村",
            "青ヶ島, 青ヶ島村", "青ケ島村, 青ヶ島村", "青が島, 青ヶ島村", "青ｹ島村, 青ヶ島村", "あおがしま, 青ヶ島村",
            "東京都青ヶ島村, 青ヶ島村", "としまく, 豊島区", "としまむら, 利島村",
            // addresses and names inside names
            "東京都八王子市元本郷町3-24-1, 八王子市", "府中市武蔵台2-8-29, 府中市", "世田谷区太子堂, 世田谷区",
            "東京都豊島区南大塚2-8-1, 豊島区", "東村山市, 東村山市", "東村山, 東村山市", "武蔵村山市, 武蔵村山市",
            "武蔵村山, 武蔵村山市", "東村山市本町, 東村山市", "小金井市, 小金井市", "小金井市貫井北町, 小金井市",
            "国分寺市, 国分寺市", "国立市, 国立市", "府中市, 府中市", "府中, 府中市", "中央区, 中央区", "府中市中央, 府中市",
            "西東京市, 西東京市", "西東京, 西東京市", "東京都西東京市, 西東京市", "武蔵野市, 武蔵野市", "東大和市, 東大和市",
            "東久留米, 東久留米市", "日野, 日野市", "日の出, 日の出町", "多摩市, 多摩市", "奥多摩, 奥多摩町",
            "あきる野, あきる野市", "あきるの市, あきる野市", "千代田区, 千代田区", "江東区大島, 江東区",
            "住所は東京都新宿区西新宿2-8-1です, 新宿区", "〒192-0083 東京都八王子市旭町, 八王子市"
    })
    void recognisesTheMunicipality(String answer, String expected) {
        assertThat(found(answer)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "八王寺, 八王子市", "はちおおじ, 八王子市", "はちおーじ, 八王子市", "八王寺市, 八王子市", "八王寺です, 八王子市",
            "世田ヶ谷, 世田谷区", "せたがや区, 世田谷区", "しぶやく, 渋谷区", "渋谷く, 渋谷区",
            "ねりまく, 練馬区", "調布し, 調布市"
    })
    void exactOrNearMisses(String answer, String expected) {
        PlaceMatch match = DIRECTORY.match(answer);
        assertThat(match).as(answer).isInstanceOfAny(PlaceMatch.Found.class, PlaceMatch.Suggestion.class);
        Municipality municipality = match instanceof PlaceMatch.Found found ? found.municipality()
                : ((PlaceMatch.Suggestion) match).candidate();
        assertThat(municipality.name()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "八王寺, 八王子市", "はちおおじ, 八王子市", "はちおーじ, 八王子市", "八王寺市, 八王子市", "八王寺です, 八王子市",
            "はちおじ, 八王子市", "東京都八王寺市, 八王子市", "世田ヶ谷区, 世田谷区", "せたがやや, 世田谷区",
            "練間区, 練馬区", "ねりあ, 練馬区", "町田氏, 町田市", "東久留米し, 東久留米市", "ひがしくるめ市, 東久留米市",
            "こがねい市, 小金井市", "小金井し, 小金井市", "こがにい, 小金井市", "おくたまま, 奥多摩町", "中目黒, 目黒区",
            "檜原むら, 檜原村", "小笠原むら, 小笠原村", "みやけむr, 三宅村"
    })
    void nearMissesOfOneNameAreSuggestions(String answer, String expected) {
        PlaceMatch match = DIRECTORY.match(answer);
        if (match instanceof PlaceMatch.Found found) {
            // a wrong suffix is simply accepted
            assertThat(found.municipality().name()).isEqualTo(expected);
            return;
        }
        assertThat(match).as(answer).isInstanceOf(PlaceMatch.Suggestion.class);
        assertThat(((PlaceMatch.Suggestion) match).candidate().name()).isEqualTo(expected);
    }

    @Test
    void typosAreSuggestionsNotMatches() {
        assertThat(DIRECTORY.match("八王寺")).isEqualTo(new PlaceMatch.Suggestion(DIRECTORY.municipality("八王子市").orElseThrow()));
        assertThat(DIRECTORY.match("はちおおじ")).isEqualTo(new PlaceMatch.Suggestion(DIRECTORY.municipality("八王子市").orElseThrow()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "東京", "東京都", "とうきょう", "トウキョウト", "東京です", "東京都に住んでいます", "東京都内", "わかりません",
            "わからない", "はい", "いいえ", "です", "？？？", "123", "abc", "23区", "多摩地域", "区部", "島しょ", "都内",
            "としま", // 豊島区 or 利島村
            "新橋", // 新宿 or 板橋, one letter off each
            "上野", // 中野 or 日野
            "西多摩郡", "西多摩", "きたくしたい", "練馬区か板橋区", "八王子と町田", "神奈川か東京", "はちおうじかまちだ",
            "病院の近く", "こんにちは", "退院後のことを相談したいです", "吉祥寺", "池袋", "日本橋", "国立病院",
            "広尾" // Tokyo neighbourhoods that are also towns elsewhere without their suffix
    })
    void unknownWhenNothingOrSeveralPlacesAreRecognisable(String answer) {
        assertThat(DIRECTORY.match(answer)).as(answer).isInstanceOf(PlaceMatch.Unknown.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "　", "\n\t"})
    void unknownWhenEmpty(String answer) {
        assertThat(DIRECTORY.match(answer)).isEqualTo(new PlaceMatch.Unknown());
    }

    @Test
    void severalDifferentPlacesInsideAnAnswerAreUnknown() {
        assertThat(DIRECTORY.match("子どもの病院は八王子市で、家は町田市です")).isInstanceOf(PlaceMatch.Unknown.class);
        assertThat(found("子どもの病院は八王子市で、家も八王子市です")).isEqualTo("八王子市");
        assertThat(found("子どもと二人で、住所は町田市です")).isEqualTo("町田市");
        assertThat(found("八王子市から来ました。町田市の病院に通っています")).isEqualTo("八王子市"); // the start wins
    }

    @Test
    void namesInsideOtherNamesAreNotMatched() {
        // 北区 inside 港北区 (Yokohama), 京都 inside 東京都, 中央区 inside 府中市中央...
        assertThat(DIRECTORY.match("横浜市港北区")).isEqualTo(new PlaceMatch.OutsideTokyo("神奈川県"));
        assertThat(DIRECTORY.match("住まいは港北区です")).isEqualTo(new PlaceMatch.OutsideTokyo("神奈川県")); // 横浜市's
        assertThat(DIRECTORY.match("大田原市")).isEqualTo(new PlaceMatch.OutsideTokyo("栃木県")); // not 大田区
        assertThat(DIRECTORY.match("住所は東京都です")).isInstanceOf(PlaceMatch.Unknown.class);
        assertThat(found("東京都府中市中央町")).isEqualTo("府中市");
    }

    // ---- outside Tokyo --------------------------------------------------------------------------------------

    record Prefecture(String name, String kana, String capital, String capitalKana) {
    }

    static List<Prefecture> prefectures() throws IOException {
        try (InputStream in = PlaceMatchingTest.class.getClassLoader().getResourceAsStream("directory/prefectures.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            List<Prefecture> all = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                String[] c = lines[i].split(",", -1);
                all.add(new Prefecture(c[1], c[2], c[3], c[4]));
            }
            return all;
        }
    }

    static Stream<Arguments> outsideTokyo() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (Prefecture p : prefectures()) {
            if (p.name().equals("東京都")) {
                continue;
            }
            String stem = p.name().equals("北海道") ? p.name() : p.name().substring(0, p.name().length() - 1);
            String kanaStem = p.kana().replaceAll("(けん|ふ|どう)$", "");
            if (p.name().equals("北海道")) {
                kanaStem = p.kana();
            }
            for (String form : List.of(p.name(), stem, p.kana(), kanaStem, DirectoryRoutingTest.katakana(p.kana()),
                    p.name() + "です", stem + "に住んでいます", p.capital(), p.capital().substring(0, p.capital().length() - 1)
                            + "です", p.capitalKana(), p.name() + p.capital() + "中央1-2-3", "住所は" + p.name() + p.capital() + "です")) {
                cases.add(Arguments.of(form, p.name()));
            }
        }
        for (String[] c : new String[][] {{"神奈川県", "神奈川県"}, {"神奈川", "神奈川県"}, {"かながわ", "神奈川県"},
                {"横浜市", "神奈川県"}, {"横浜", "神奈川県"}, {"よこはま", "神奈川県"}, {"大阪", "大阪府"}, {"さいたま市", "埼玉県"},
                {"千葉市", "千葉県"}, {"札幌", "北海道"}, {"川崎市", "神奈川県"}, {"相模原市", "神奈川県"}, {"堺市", "大阪府"},
                {"北九州市", "福岡県"}, {"浜松", "静岡県"}, {"神奈川県横浜市中区日本大通1", "神奈川県"}, {"京都", "京都府"},
                {"京都市", "京都府"}, {"津", "三重県"}, {"津市", "三重県"}, {"ｵｵｻｶﾌ", "大阪府"}, {"埼玉県さいたま市浦和区", "埼玉県"}}) {
            cases.add(Arguments.of(c[0], c[1]));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("outsideTokyo")
    void placesOutsideTokyoNameTheirPrefecture(String answer, String prefecture) {
        assertThat(DIRECTORY.match(answer)).as(answer).isEqualTo(new PlaceMatch.OutsideTokyo(prefecture));
    }

    @Test
    void allFortySevenPrefecturesAreKnown() throws IOException {
        assertThat(prefectures()).hasSize(47).extracting(Prefecture::name).doesNotHaveDuplicates();
    }

    @Test
    void tokyoNamesWinOverNamesElsewhere() {
        // 府中 is also in Hiroshima (府中市, 府中町); 北区 and 港区 are also wards of other cities
        assertThat(found("府中")).isEqualTo("府中市");
        assertThat(found("府中市")).isEqualTo("府中市");
        assertThat(found("北区")).isEqualTo("北区");
        assertThat(found("港区")).isEqualTo("港区");
        assertThat(DIRECTORY.match("広島県府中市")).isEqualTo(new PlaceMatch.OutsideTokyo("広島県"));
    }
}
