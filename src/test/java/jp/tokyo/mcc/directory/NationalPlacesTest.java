package jp.tokyo.mcc.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.tokyo.mcc.directory.internal.TestDirectories;

/**
 * Every municipality of Japan outside Tokyo (the shipped national list, from code4fukui/localgovjp) is recognised as
 * outside Tokyo; a Tokyo name with another suffix elsewhere (府中町 in 広島県) is asked back.
 */
class NationalPlacesTest {

    static final Directory DIRECTORY = TestDirectories.shipped();

    record Row(String code, String prefecture, String name, String kana, String ward, String wardKana) {
        boolean tokyo() {
            return code.startsWith("13");
        }
    }

    private static List<Row> rows;
    private static Set<String> tokyoNames;
    private static Set<String> tokyoStems;
    /** Name -> the prefectures that have a municipality of that name (outside Tokyo). */
    private static Map<String, Set<String>> prefecturesOfName;

    @BeforeAll
    static void load() throws IOException {
        rows = new ArrayList<>();
        try (InputStream in = NationalPlacesTest.class.getClassLoader()
                .getResourceAsStream("directory/japan-municipalities.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            assertThat(lines[0]).isEqualTo("lgcode,prefecture,name,kana,ward,ward_kana");
            for (int i = 1; i < lines.length; i++) {
                String[] c = lines[i].split(",", -1);
                rows.add(new Row(c[0], c[1], c[2], c[3], c[4], c[5]));
            }
        }
        tokyoNames = new HashSet<>();
        tokyoStems = new HashSet<>();
        for (Municipality m : DIRECTORY.municipalities()) {
            tokyoNames.add(m.name());
            tokyoStems.add(m.name().substring(0, m.name().length() - 1));
        }
        prefecturesOfName = new HashMap<>();
        for (Row r : rows) {
            if (!r.tokyo() && r.ward().isEmpty()) {
                prefecturesOfName.computeIfAbsent(r.name(), n -> new HashSet<>()).add(r.prefecture());
            }
        }
    }

    @Test
    void theNationalListIsShippedWhole() {
        assertThat(rows).hasSize(1916);
        assertThat(rows).filteredOn(Row::tokyo).extracting(Row::name).containsExactlyInAnyOrderElementsOf(tokyoNames);
        assertThat(rows.stream().map(Row::prefecture).distinct()).hasSize(47);
        assertThat(rows).filteredOn(r -> !r.ward().isEmpty()).hasSize(175); // the wards of the 20 designated cities
        assertThat(rows).extracting(Row::name).contains("川口市", "府中町", "伊達市", "山県市");
        Path readme = Path.of("src/main/resources/directory/README.md");
        if (Files.exists(readme)) {
            assertThat(readme).content().contains("code4fukui/localgovjp", "CC0", "japan-municipalities.csv");
        }
    }

    @Test
    void everyMunicipalityOutsideTokyoWithItsPrefectureIsOutside() {
        for (Row r : rows) {
            if (!r.tokyo()) {
                String answer = r.prefecture() + r.name() + r.ward();
                assertThat(DIRECTORY.match(answer)).as(answer).isEqualTo(new PlaceMatch.OutsideTokyo(r.prefecture()));
            }
        }
    }

    @Test
    void everyMunicipalityOutsideTokyoByItsNameAloneIsOutsideOrAskedBack() {
        int asked = 0;
        for (Row r : rows) {
            if (r.tokyo()) {
                continue;
            }
            String name = r.ward().isEmpty() ? r.name() : r.ward();
            PlaceMatch match = DIRECTORY.match(name);
            if (tokyoNames.contains(name)) {
                // 府中市 (広島県), 北区, 港区, 中央区 of designated cities: a Tokyo family means Tokyo's
                assertThat(match).as(name).isInstanceOf(PlaceMatch.Found.class);
            } else if (tokyoStems.contains(name.substring(0, name.length() - 1))) {
                assertThat(match).as(name).isInstanceOfSatisfying(PlaceMatch.Suggestion.class,
                        s -> assertThat(s.sameNameOutsideTokyo()).isTrue());
                asked++;
            } else {
                assertThat(match).as(name).isInstanceOf(PlaceMatch.OutsideTokyo.class);
                String prefecture = ((PlaceMatch.OutsideTokyo) match).prefecture();
                if (prefecture != null && r.ward().isEmpty()) {
                    assertThat(prefecturesOfName.get(name)).as(name).contains(prefecture);
                }
                if (r.ward().isEmpty() && prefecturesOfName.get(name).size() == 1) {
                    assertThat(prefecture).as(name).isEqualTo(r.prefecture());
                }
            }
        }
        assertThat(asked).as("names asked back").isGreaterThanOrEqualTo(5);
    }

    @Test
    void theirReadingsAreOutsideToo() {
        for (Row r : rows) {
            if (!r.tokyo() && r.ward().isEmpty()) {
                PlaceMatch match = DIRECTORY.match(r.kana() + "です");
                assertThat(match).as(r.kana()).isNotInstanceOf(PlaceMatch.Unknown.class);
            }
        }
    }

    @Test
    void fuchuTownInHiroshimaIsAskedBack() {
        Municipality fuchu = DIRECTORY.municipality("府中市").orElseThrow();
        assertThat(DIRECTORY.match("府中町")).isEqualTo(new PlaceMatch.Suggestion(fuchu, true));
        assertThat(DIRECTORY.match("府中町に住んでいます")).isEqualTo(new PlaceMatch.Suggestion(fuchu, true));
        assertThat(DIRECTORY.match("ふちゅうちょう")).isEqualTo(new PlaceMatch.Suggestion(fuchu, true));
        assertThat(DIRECTORY.match("広島県府中町")).isEqualTo(new PlaceMatch.OutsideTokyo("広島県"));
        assertThat(DIRECTORY.match("広島の府中町です")).isEqualTo(new PlaceMatch.OutsideTokyo("広島県"));
        assertThat(DIRECTORY.match("東京都府中町")).isInstanceOfSatisfying(PlaceMatch.Found.class,
                f -> assertThat(f.municipality()).isEqualTo(fuchu));
        assertThat(DIRECTORY.match("府中")).isInstanceOf(PlaceMatch.Found.class);
        assertThat(DIRECTORY.match("府中市")).isInstanceOf(PlaceMatch.Found.class);
        Municipality hino = DIRECTORY.municipality("日野市").orElseThrow();
        assertThat(DIRECTORY.match("日野町")).isEqualTo(new PlaceMatch.Suggestion(hino, true));
        assertThat(DIRECTORY.match("滋賀県日野町")).isEqualTo(new PlaceMatch.OutsideTokyo("滋賀県"));
    }

    @Test
    void citiesTheBotDidNotKnowBeforeAreOutside() {
        assertThat(DIRECTORY.match("川口市")).isEqualTo(new PlaceMatch.OutsideTokyo("埼玉県"));
        assertThat(DIRECTORY.match("川口市に住んでいます")).isEqualTo(new PlaceMatch.OutsideTokyo("埼玉県"));
        assertThat(DIRECTORY.match("かわぐちし")).isEqualTo(new PlaceMatch.OutsideTokyo("埼玉県"));
        assertThat(DIRECTORY.match("松戸市")).isEqualTo(new PlaceMatch.OutsideTokyo("千葉県"));
        assertThat(DIRECTORY.match("所沢市です")).isEqualTo(new PlaceMatch.OutsideTokyo("埼玉県"));
        assertThat(DIRECTORY.match("伊達市")).isEqualTo(new PlaceMatch.OutsideTokyo(null)); // 北海道 and 福島県
        assertThat(DIRECTORY.match("横浜市港北区")).isEqualTo(new PlaceMatch.OutsideTokyo("神奈川県"));
    }
}
