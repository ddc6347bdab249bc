package jp.tokyo.mcc.conversation.internal.library;

import java.util.ArrayList;
import java.util.List;

import jp.tokyo.mcc.conversation.internal.flow.Flow;
import jp.tokyo.mcc.conversation.internal.flow.FlowMessages;
import jp.tokyo.mcc.shared.AdminFile;
import jp.tokyo.mcc.shared.AdminFileSet;
import jp.tokyo.mcc.shared.FileProblem;
import jp.tokyo.mcc.shared.Language;

/**
 * The missing translations of a flow in a set of administrator files, as warnings for the editor: 「英語の訳がありません:
 * intake / menu」 at the line of the state in the Japanese file. A warning never keeps a file from going live (the
 * family reads the Japanese text).
 */
final class TranslationGaps {

    private TranslationGaps() {
    }

    /** The translation file of a flow in a language, if the set has one that can be read. */
    static TranslationFile fileFor(AdminFileSet set, Language language, String flowId) {
        for (AdminFile f : set.files(Translations.folder(language), ".yaml")) {
            if (Translations.NOT_FLOWS.contains(f.fileName())) {
                continue;
            }
            try {
                TranslationFile t = TranslationFile.parse(f.content());
                if (flowId.equals(t.flowId())) {
                    return t;
                }
            } catch (IllegalArgumentException e) {
                // its own editor reports it
            }
        }
        return null;
    }

    /** Every language's gaps in a flow. */
    static List<TranslationGap> of(Flow flow, AdminFileSet set) {
        List<TranslationGap> gaps = new ArrayList<>();
        for (Language l : Language.values()) {
            // a language the administrators have not started (no folder) is not reported text by text
            if (!l.isJapanese() && !set.files(Translations.folder(l), ".yaml").isEmpty()) {
                gaps.addAll(FlowTranslator.translate(flow, l, fileFor(set, l, flow.id())).gaps());
            }
        }
        return gaps;
    }

    /** A gap as the editor shows it, in the Japanese flow file: at the line of the state. */
    static FileProblem inFlowFile(TranslationGap g) {
        return FileProblem.warning(g.line(), 1, message(g));
    }

    /** A gap as the editor shows it, in the translation file: at its top, naming the Japanese file and line. */
    static FileProblem inTranslationFile(TranslationGap g) {
        return FileProblem.warning(1, 1, FlowMessages.text("translation.missing-at", message(g), g.file(), g.line()));
    }

    static String message(TranslationGap g) {
        return FlowMessages.text("translation.missing", FlowMessages.text("language." + g.language().code()),
                g.item());
    }
}
