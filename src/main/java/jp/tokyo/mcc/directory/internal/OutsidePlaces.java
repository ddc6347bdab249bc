package jp.tokyo.mcc.directory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Places outside Tokyo that families may name: the prefectures ({@code directory/prefectures.csv}) with their
 * capitals, and the designated cities ({@code directory/designated-cities.csv}).
 */
public final class OutsidePlaces {

    /** A prefecture outside Tokyo: name with suffix (神奈川県) and reading (かながわけん). */
    public record Prefecture(String code, String name, String kana) {

        /** 神奈川 for 神奈川県; 北海道 has no separate suffix, so its stem is 北海 (rarely written). */
        public String stem() {
            return name.substring(0, name.length() - 1);
        }

        /** かながわ for かながわけん. */
        public String kanaStem() {
            for (String suffix : List.of("けん", "ふ", "と", "どう")) {
                if (kana.endsWith(suffix)) {
                    return kana.substring(0, kana.length() - suffix.length());
                }
            }
            return kana;
        }
    }

    /** A city outside Tokyo (a capital or a designated city), e.g. 横浜市 よこはまし in 神奈川県. */
    public record City(String name, String kana, String prefecture) {

        public String stem() {
            return name.substring(0, name.length() - 1);
        }

        public String kanaStem() {
            return kana.substring(0, kana.length() - 1);
        }
    }

    static final String TOKYO_CODE = "13";

    private final List<Prefecture> prefectures;
    private final List<City> cities;

    private OutsidePlaces(List<Prefecture> prefectures, List<City> cities) {
        this.prefectures = List.copyOf(prefectures);
        this.cities = List.copyOf(cities);
    }

    public static OutsidePlaces load() {
        List<String[]> prefectureRows = CsvResource.rows("directory/prefectures.csv", 5);
        if (prefectureRows.size() != 47) {
            throw new IllegalStateException("directory/prefectures.csv: expected 47 prefectures, found "
                    + prefectureRows.size());
        }
        List<Prefecture> prefectures = new ArrayList<>();
        List<City> cities = new ArrayList<>();
        for (String[] row : prefectureRows) {
            if (row[0].equals(TOKYO_CODE)) {
                continue;
            }
            prefectures.add(new Prefecture(row[0], row[1], row[2]));
            cities.add(new City(row[3], row[4], row[1]));
        }
        Set<String> names = prefectures.stream().map(Prefecture::name).collect(Collectors.toSet());
        for (String[] row : CsvResource.rows("directory/designated-cities.csv", 3)) {
            if (!names.contains(row[2])) {
                throw new IllegalStateException("directory/designated-cities.csv: unknown prefecture " + row[2]);
            }
            if (cities.stream().noneMatch(c -> c.name().equals(row[0]))) {
                cities.add(new City(row[0], row[1], row[2]));
            }
        }
        return new OutsidePlaces(prefectures, cities);
    }

    /** The 46 prefectures other than Tokyo. */
    public List<Prefecture> prefectures() {
        return prefectures;
    }

    /** Capitals and designated cities, each once. */
    public List<City> cities() {
        return cities;
    }
}
