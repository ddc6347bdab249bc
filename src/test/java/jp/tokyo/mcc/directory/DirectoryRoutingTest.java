package jp.tokyo.mcc.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jp.tokyo.mcc.directory.internal.TestDirectories;

/** Every one of the 62 municipalities of the CSV, in several forms, reaches the center that serves its region. */
class DirectoryRoutingTest {

    static final Directory DIRECTORY = TestDirectories.shipped();

    record Row(String code, String name, String kana, String region) {

        String stem() {
            return name.substring(0, name.length() - 1);
        }

        String kanaStem() {
            String suffix = switch (name.charAt(name.length() - 1)) {
                case '区' -> "く";
                case '市' -> "し";
                case '町' -> "まち";
                default -> "むら";
            };
            return kana.substring(0, kana.length() - suffix.length());
        }

        CenterId expectedCenter() {
            return switch (region) {
                case "区部" -> CenterId.KUBU;
                case "多摩" -> CenterId.TAMA;
                default -> CenterId.KUBU; // islands: the shipped centers.yaml's provisional default
            };
        }
    }

    static List<Row> rows() throws IOException {
        try (InputStream in = DirectoryRoutingTest.class.getClassLoader()
                .getResourceAsStream("directory/tokyo-municipalities.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            List<Row> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                String[] cells = lines[i].split(",");
                rows.add(new Row(cells[0], cells[1], cells[2], cells[3]));
            }
            return rows;
        }
    }

    static String katakana(String hiragana) {
        StringBuilder sb = new StringBuilder();
        hiragana.chars().forEach(c -> sb.append((char) (c >= 'ぁ' && c <= 'ゖ' ? c + 0x60 : c)));
        return sb.toString();
    }

    static Stream<Arguments> forms() throws IOException {
        List<Row> rows = rows();
        Map<String, Integer> kanaStems = new HashMap<>();
        rows.forEach(r -> kanaStems.merge(r.kanaStem(), 1, Integer::sum));
        List<Arguments> cases = new ArrayList<>();
        for (Row r : rows) {
            List<String> forms = new ArrayList<>(List.of(
                    r.name(), r.stem(), r.kana(), katakana(r.kana()), "東京都" + r.name(), "東京都 " + r.name(),
                    "東京都" + r.name() + "本町2丁目3-4", r.name() + "本町2-3-4", "〒100-0001 東京都" + r.name() + "本町1-1",
                    r.name() + "です", "  " + r.stem() + "に住んでいます  "));
            if (kanaStems.get(r.kanaStem()) == 1) { // としま is both 豊島区 and 利島村
                forms.add(r.kanaStem());
                forms.add(katakana(r.kanaStem()));
                forms.add(r.kanaStem() + "です");
            }
            for (String form : forms) {
                cases.add(Arguments.of(form, r));
            }
        }
        return cases.stream();
    }

    @Test
    void theCsvHasTheSixtyTwoMunicipalities() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).hasSize(62);
        assertThat(rows).filteredOn(r -> r.region().equals("区部")).hasSize(23);
        assertThat(rows).filteredOn(r -> r.region().equals("多摩")).hasSize(30);
        assertThat(rows).filteredOn(r -> r.region().equals("島しょ")).hasSize(9);
        assertThat(DIRECTORY.municipalities()).extracting(Municipality::code)
                .containsExactlyElementsOf(rows.stream().map(Row::code).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void everyFormReachesTheCenterOfItsRegion(String answer, Row row) {
        PlaceMatch match = DIRECTORY.match(answer);

        assertThat(match).isInstanceOf(PlaceMatch.Found.class);
        PlaceMatch.Found found = (PlaceMatch.Found) match;
        assertThat(found.municipality().name()).isEqualTo(row.name());
        assertThat(found.municipality().code()).isEqualTo(row.code());
        assertThat(found.municipality().center()).isEqualTo(row.expectedCenter());
        assertThat(found.center().id()).isEqualTo(row.expectedCenter());
        assertThat(found.municipality().isIsland()).isEqualTo(row.region().equals("島しょ"));
    }

    @Test
    void municipalitiesByOfficialName() throws IOException {
        for (Row r : rows()) {
            assertThat(DIRECTORY.municipality(r.name())).hasValueSatisfying(m -> {
                assertThat(m.kana()).isEqualTo(r.kana());
                assertThat(m.center()).isEqualTo(r.expectedCenter());
            });
        }
        assertThat(DIRECTORY.municipality("八王子")).isEmpty();
        assertThat(DIRECTORY.municipality(null)).isEmpty();
    }
}
