package jp.tokyo.mcc.conversation.internal.library;

import jp.tokyo.mcc.shared.Language;

/**
 * A text of a flow that has no translation in a language: the family reads it in Japanese.
 *
 * @param language the language it is missing in
 * @param file     the Japanese flow file ({@code intake.yaml})
 * @param line     the line of the state or command in that file
 * @param flowId   the flow
 * @param where    the state ({@code menu}), a choice of it ({@code menu / 退院後のこと}) or a command
 *                 ({@code commands / help})
 */
public record TranslationGap(Language language, String file, int line, String flowId, String where) {

    /** {@code intake / menu}. */
    public String item() {
        return flowId + " / " + where;
    }
}
