package jp.tokyo.mcc.conversation.internal.moves;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import jp.tokyo.mcc.conversation.internal.engine.Texts;
import jp.tokyo.mcc.conversation.internal.slots.TextNormalizer;
import jp.tokyo.mcc.shared.Kana;

/**
 * Whether a family's text asks for their data to be erased, however they put it: 「データを削除」, 「私の記録を全部消して
 * ください」, 「個人情報をけしてほしい」, 「これまでのやりとりを削除したい」... A request names what (data, records, history,
 * personal information, the talk, messages, everything) and asks for it to go (delete, erase, remove), and is not
 * negated (「消さないで」). The words are in {@code messages/conversation.properties}
 * ({@code conversation.erasure.objects}, {@code .verbs}, {@code .negations}); compared after width, kana and spacing
 * are folded.
 */
public final class ErasureWords {

    private static final ConcurrentHashMap<String, List<String>> WORDS = new ConcurrentHashMap<>();

    private ErasureWords() {
    }

    public static boolean isRequest(Texts texts, String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String key = fold(text);
        return containsAny(key, words(texts, "erasure.objects")) && containsAny(key, words(texts, "erasure.verbs"))
                && !containsAny(key, words(texts, "erasure.negations"));
    }

    private static List<String> words(Texts texts, String name) {
        String list = texts.get(name);
        return WORDS.computeIfAbsent(list, l -> Arrays.stream(l.split(",")).map(String::strip)
                .filter(w -> !w.isEmpty()).map(ErasureWords::fold).toList());
    }

    private static String fold(String text) {
        return Kana.toHiragana(TextNormalizer.key(text));
    }

    private static boolean containsAny(String key, List<String> words) {
        for (String w : words) {
            if (key.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
