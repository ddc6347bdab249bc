package jp.tokyo.mcc.conversation;

import java.time.Instant;

/**
 * One line of the conversation with the bot before the handoff.
 *
 * @param author FAMILY or BOT
 * @param text   what was said (a tap shows its label; a sticker or image is noted as 「スタンプ」 / 「画像」)
 * @param at     when
 */
public record TranscriptLine(Author author, String text, Instant at) {

    public enum Author { FAMILY, BOT }
}
