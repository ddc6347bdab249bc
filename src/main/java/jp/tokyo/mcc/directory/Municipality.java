package jp.tokyo.mcc.directory;

/**
 * One of Tokyo's 62 municipalities.
 *
 * @param code   6-digit local government code
 * @param name   official name, e.g. 八王子市
 * @param kana   reading in hiragana, e.g. はちおうじし
 * @param region 区部, 多摩 or 島しょ
 * @param center the center that serves it (islands: the configurable island center)
 */
public record Municipality(String code, String name, String kana, Region region, CenterId center) {

    public enum Region { KUBU, TAMA, ISLANDS }

    public boolean isIsland() {
        return region == Region.ISLANDS;
    }
}
