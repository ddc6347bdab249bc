package jp.tokyo.mcc.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages the bot speaks to families: Japanese (the default, and what every text is first written in),
 * やさしい日本語 (easy Japanese) and English. Translations live in {@code flows/languages/<code>/}.
 */
public enum Language {

    JA("ja"), JA_EASY("ja-easy"), EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** {@code ja}, {@code ja-easy}, {@code en}: in files, the database and the staff API. */
    public String code() {
        return code;
    }

    /**
     * The locale whose message bundles hold this language's texts: {@code *_en.properties} for English,
     * {@code *_ja_JP_EASY.properties} for やさしい日本語; a key a bundle lacks is the Japanese one.
     */
    @SuppressWarnings("deprecation")
    public Locale locale() {
        return switch (this) {
            case EN -> Locale.ENGLISH;
            case JA_EASY -> new Locale("ja", "JP", "EASY");
            default -> Locale.JAPAN;
        };
    }

    public boolean isJapanese() {
        return this == JA;
    }

    /** A stored or written code; empty for anything else. */
    public static Optional<Language> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code.trim())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** A stored code, Japanese when none or unknown. */
    public static Language orJapanese(String code) {
        return of(code).orElse(JA);
    }

    /**
     * The language for a family whose LINE profile says {@code lineLanguage} (a BCP 47 tag such as {@code en},
     * {@code ja}, {@code zh-Hant}): English for English, Japanese for Japanese, and for any other language
     * やさしい日本語, which Tokyo's residents from abroad read more easily than a language we do not have.
     * Empty when LINE gave no language (the family reads Japanese).
     */
    public static Optional<Language> fromLineProfile(String lineLanguage) {
        if (lineLanguage == null || lineLanguage.isBlank()) {
            return Optional.empty();
        }
        String primary = Locale.forLanguageTag(lineLanguage.trim().replace('_', '-')).getLanguage();
        if (primary.isEmpty()) {
            primary = lineLanguage.trim().toLowerCase(Locale.ROOT);
        }
        return Optional.of(switch (primary) {
            case "en" -> EN;
            case "ja" -> JA;
            default -> JA_EASY;
        });
    }
}
