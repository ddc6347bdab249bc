package jp.tokyo.mcc.directory.internal;

import java.util.List;

/** The suffixes of municipality names (区, 市, 町, 村) and how they are read. */
final class PlaceSuffix {

    private PlaceSuffix() {
    }

    static boolean isSuffix(char c) {
        return c == '区' || c == '市' || c == '町' || c == '村';
    }

    /** How a suffix may be read: 町 is まち or ちょう, 村 むら or そん. */
    static List<String> readings(char suffix) {
        return switch (suffix) {
            case '区' -> List.of("く");
            case '市' -> List.of("し");
            case '町' -> List.of("ちょう", "まち");
            case '村' -> List.of("むら", "そん");
            default -> List.of();
        };
    }

    /** The reading without its suffix's reading (はちおうじ of はちおうじし); the reading itself if it does not end so. */
    static String kanaStem(String kana, char suffix) {
        for (String reading : readings(suffix)) {
            if (kana.endsWith(reading) && kana.length() > reading.length()) {
                return kana.substring(0, kana.length() - reading.length());
            }
        }
        return kana;
    }
}
