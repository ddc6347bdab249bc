package jp.tokyo.mcc.directory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Places outside Tokyo that families may name: the 46 other prefectures ({@code directory/prefectures.csv}) and every
 * municipality of Japan outside Tokyo, with the wards of the designated cities ({@code
 * directory/japan-municipalities.csv}, from the public-domain dataset code4fukui/localgovjp; see the folder's
 * README).
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

    /**
     * A municipality outside Tokyo (a city, town or village, or a ward of a designated city), e.g. 川口市 かわぐちし
     * in 埼玉県, or 港北区 of 横浜市.
     *
     * @param name       e.g. 川口市, 港北区
     * @param kana       e.g. かわぐちし, こうほくく
     * @param prefecture e.g. 埼玉県
     * @param city       for a ward, its designated city (横浜市); else null
     * @param major      a prefectural capital or a designated city (横浜, 札幌): also known without its suffix
     */
    public record City(String name, String kana, String prefecture, String city, boolean major) {

        public boolean isWard() {
            return city != null;
        }

        /** The name without its suffix: 川口 for 川口市. */
        public String stem() {
            return name.substring(0, name.length() - 1);
        }

        /** The reading without the suffix's reading: かわぐち for かわぐちし, ふちゅう for ふちゅうちょう. */
        public String kanaStem() {
            return PlaceSuffix.kanaStem(kana, name.charAt(name.length() - 1));
        }
    }

    static final String TOKYO_CODE = "13";
    static final String MUNICIPALITIES = "directory/japan-municipalities.csv";

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
        for (String[] row : prefectureRows) {
            if (!row[0].equals(TOKYO_CODE)) {
                prefectures.add(new Prefecture(row[0], row[1], row[2]));
            }
        }
        Set<String> names = prefectures.stream().map(Prefecture::name).collect(Collectors.toSet());
        Set<String> capitals = prefectureRows.stream().map(row -> row[1] + row[3]).collect(Collectors.toSet());
        List<String[]> rows = CsvResource.rows(MUNICIPALITIES, 6);
        Set<String> designated = rows.stream().filter(row -> !row[4].isEmpty()).map(row -> row[1] + row[2])
                .collect(Collectors.toSet());
        List<City> cities = new ArrayList<>();
        for (String[] row : rows) {
            if (row[0].startsWith(TOKYO_CODE)) {
                continue; // Tokyo's own come from tokyo-municipalities.csv
            }
            if (!names.contains(row[1])) {
                throw new IllegalStateException(MUNICIPALITIES + ": unknown prefecture " + row[1]);
            }
            boolean major = capitals.contains(row[1] + row[2]) || designated.contains(row[1] + row[2]);
            cities.add(row[4].isEmpty() ? new City(row[2], row[3], row[1], null, major)
                    : new City(row[4], row[5], row[1], row[2], false));
        }
        return new OutsidePlaces(prefectures, cities);
    }

    /** The 46 prefectures other than Tokyo. */
    public List<Prefecture> prefectures() {
        return prefectures;
    }

    /** Every municipality outside Tokyo, and the wards of the designated cities, in local government code order. */
    public List<City> cities() {
        return cities;
    }
}
