package jp.tokyo.mcc.conversation.internal.slots;

import java.util.Optional;
import java.util.Set;

/** はい / いいえ in the many ways people say them. */
public final class YesNo {

    private static final Set<String> YES = Set.of("はい", "はい、そうです", "はいそうです", "そうです", "そう", "うん", "ええ",
            "yes", "y", "ok", "okay", "おk", "オーケー", "大丈夫", "だいじょうぶ", "お願い", "おねがい", "お願いします", "おねがいします", "いいよ", "いいです",
            "よい", "よいです", "同意", "同意する", "同意します", "送る", "送って", "あってる", "合ってる", "あってます",
            "合っています", "あっています", "正しい", "はーい", "はいっ", "○", "◯", "👍");
    private static final Set<String> NO = Set.of("いいえ", "いえ", "いや", "いやです", "no", "n", "ちがう", "違う",
            "ちがいます", "違います", "だめ", "ダメ", "駄目", "しない", "しません", "同意しない", "同意しません",
            "やめる", "やめます", "やめておく", "いらない", "不要", "結構", "けっこう", "送らない", "×", "✕");

    private YesNo() {
    }

    /** True for yes, false for no, empty when it is neither. */
    public static Optional<Boolean> parse(String text) {
        String plain = TextNormalizer.plain(text).replace("ハイ", "はい").replace("イイエ", "いいえ");
        String k = TextNormalizer.key(plain);
        if (YES.contains(plain) || YES.contains(k)) {
            return Optional.of(true);
        }
        if (NO.contains(plain) || NO.contains(k)) {
            return Optional.of(false);
        }
        if (k.isEmpty()) {
            return Optional.empty();
        }
        if (k.startsWith("はい")) {
            return Optional.of(true);
        }
        if (k.startsWith("いいえ") || k.startsWith("いえ、") || k.startsWith("ちがい") || k.startsWith("違い")) {
            return Optional.of(false);
        }
        return Optional.empty();
    }
}
