package jp.tokyo.mcc.conversation.internal.rules;

import jp.tokyo.mcc.conversation.TranscriptLine;
import jp.tokyo.mcc.conversation.internal.engine.Offer;
import jp.tokyo.mcc.conversation.internal.moves.Taps;
import jp.tokyo.mcc.conversation.internal.turn.Rule;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;
import jp.tokyo.mcc.line.IncomingEvent;

/**
 * The family's line goes into the transcript the counsellor may get: their text, the label of the button they
 * tapped, or a note of what else they sent. Goes on.
 */
public final class RecordFamilyLine implements Rule {

    @Override
    public boolean handle(TurnContext turn) {
        IncomingEvent event = turn.event();
        String line;
        if (event.isText()) {
            line = event.text();
        } else if (event.kind() == IncomingEvent.Kind.POSTBACK) {
            line = Taps.tapped(turn).map(Offer::label).orElse(turn.text("transcript.tap"));
        } else {
            line = turn.text("transcript.nontext", String.valueOf(event.messageType()));
        }
        turn.state().transcript().add(new TranscriptLine(TranscriptLine.Author.FAMILY, line, turn.now()));
        return false;
    }
}
