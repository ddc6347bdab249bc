package jp.tokyo.mcc.conversation.internal.rules;

import jp.tokyo.mcc.conversation.internal.moves.Navigation;
import jp.tokyo.mcc.conversation.internal.turn.Rule;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;

/**
 * A sticker, an image, a location...: the bot reads only text, says so, and shows where the family is. A photo, video,
 * audio or file is not fetched or kept outside an inquiry: the family is told that a counsellor can receive it once
 * they start a consultation.
 */
public final class NonText implements Rule {

    private static final java.util.Set<String> MEDIA = java.util.Set.of("image", "video", "audio", "file");

    /** A photo, video, audio or file (not kept outside an inquiry). */
    static boolean isMedia(TurnContext turn) {
        return turn.event().kind() == jp.tokyo.mcc.line.IncomingEvent.Kind.MESSAGE
                && MEDIA.contains(turn.event().messageType());
    }

    @Override
    public boolean handle(TurnContext turn) {
        if (turn.event().isText()) {
            return false;
        }
        turn.reply().text(turn.text(isMedia(turn) ? "nontext.media" : "nontext"));
        Navigation.reshow(turn);
        return true;
    }
}
