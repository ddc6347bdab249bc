package jp.tokyo.mcc.directory.internal;

import java.util.List;

import jp.tokyo.mcc.directory.Municipality;

/**
 * One row of {@code directory/tokyo-municipalities.csv}: a municipality before routing.
 *
 * @param code   6-digit local government code
 * @param name   official name, e.g. 八王子市
 * @param kana   reading in hiragana, e.g. はちおうじし
 * @param region 区部, 多摩 or 島しょ
 */
public record TokyoMunicipality(String code, String name, String kana, Municipality.Region region) {

    static final String RESOURCE = "directory/tokyo-municipalities.csv";

    /** The 62, in local government code order. */
    public static List<TokyoMunicipality> load() {
        List<TokyoMunicipality> all = CsvResource.rows(RESOURCE, 7).stream()
                .map(cells -> new TokyoMunicipality(cells[0], cells[1], cells[2], region(cells[3])))
                .sorted(java.util.Comparator.comparing(TokyoMunicipality::code))
                .toList();
        if (all.size() != 62) {
            throw new IllegalStateException(RESOURCE + ": expected 62 municipalities, found " + all.size());
        }
        return all;
    }

    /** The suffix: 区, 市, 町 or 村. */
    public char suffix() {
        return name.charAt(name.length() - 1);
    }

    /** The name without its suffix, e.g. 八王子. */
    public String stem() {
        return name.substring(0, name.length() - 1);
    }

    /** The reading without the suffix's reading, e.g. はちおうじ. */
    public String kanaStem() {
        String suffixKana = switch (suffix()) {
            case '区' -> "く";
            case '市' -> "し";
            case '町' -> kana.endsWith("ちょう") ? "ちょう" : "まち";
            case '村' -> kana.endsWith("そん") ? "そん" : "むら";
            default -> throw new IllegalStateException("Unexpected municipality suffix in " + name);
        };
        if (!kana.endsWith(suffixKana)) {
            throw new IllegalStateException("Reading " + kana + " does not end with " + suffixKana);
        }
        return kana.substring(0, kana.length() - suffixKana.length());
    }

    private static Municipality.Region region(String label) {
        return switch (label) {
            case "区部" -> Municipality.Region.KUBU;
            case "多摩" -> Municipality.Region.TAMA;
            case "島しょ" -> Municipality.Region.ISLANDS;
            default -> throw new IllegalStateException(RESOURCE + ": unknown region " + label);
        };
    }
}
