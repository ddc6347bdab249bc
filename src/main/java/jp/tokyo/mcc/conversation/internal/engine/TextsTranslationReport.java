package jp.tokyo.mcc.conversation.internal.engine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.shared.Language;
import jp.tokyo.mcc.shared.TranslationReport;
import org.springframework.stereotype.Component;

/** The engine's own family-facing texts without a translation ({@code messages/conversation_*.properties}). */
@Component
class TextsTranslationReport implements TranslationReport {

    private final Texts texts;

    TextsTranslationReport(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Map<Language, List<String>> translationGaps() {
        Map<Language, List<String>> gaps = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            if (!l.isJapanese()) {
                gaps.put(l, texts.missing(l).stream().map(k -> "messages/conversation: " + k).toList());
            }
        }
        return gaps;
    }
}
