package jp.tokyo.mcc.conversation.internal.moves;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.tokyo.mcc.conversation.internal.engine.ConversationState;
import jp.tokyo.mcc.conversation.internal.engine.Offer;
import jp.tokyo.mcc.conversation.internal.flow.Target;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;

/**
 * The buttons of the last reply: which one a postback ({@code c:<turn>:<index>}) is, and what tapping one (or
 * typing its label) does.
 */
public final class Taps {

    private static final Pattern POSTBACK = Pattern.compile("c:(\\d+):(\\d+)");

    private Taps() {
    }

    /** The offer of the last reply the event's postback taps (empty: an old, foreign or forged postback). */
    public static Optional<Offer> tapped(TurnContext t) {
        Matcher m = POSTBACK.matcher(String.valueOf(t.event().postbackData()));
        if (!m.matches()) {
            return Optional.empty();
        }
        ConversationState st = t.state();
        try {
            int turn = Integer.parseInt(m.group(1));
            int index = Integer.parseInt(m.group(2));
            if (turn == st.turn() && index < st.offers().size()) {
                return Optional.of(st.offers().get(index));
            }
        } catch (NumberFormatException e) {
            // an old or foreign postback
        }
        return Optional.empty();
    }

    /** What tapping the offer does. */
    public static void apply(TurnContext t, Offer o) {
        switch (o.kind()) {
            case CHOICE -> Answers.choice(t, Integer.parseInt(o.value()));
            case OPTION -> Answers.option(t, Integer.parseInt(o.value()));
            case DONE -> Answers.multiDone(t);
            case YES -> Answers.yesNo(t, true);
            case NO -> Answers.yesNo(t, false);
            case COMMAND -> t.live().command(o.value())
                    .ifPresentOrElse(c -> Commands.apply(t, c), () -> Navigation.reshow(t));
            case TARGET -> {
                t.state().pending(null);
                Navigation.enter(t, Target.parse(o.value(), t.state().flowId(), 0), true);
            }
            case FAQ -> FaqAnswers.show(t, o.value());
            case RESUME, RESHOW -> {
                t.state().pending(null);
                Navigation.reshow(t);
            }
        }
    }
}
