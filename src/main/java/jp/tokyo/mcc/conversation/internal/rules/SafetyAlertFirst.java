package jp.tokyo.mcc.conversation.internal.rules;

import java.util.List;
import java.util.Optional;

import jp.tokyo.mcc.conversation.internal.engine.Offer;
import jp.tokyo.mcc.conversation.internal.engine.Pending;
import jp.tokyo.mcc.conversation.internal.flow.Ask;
import jp.tokyo.mcc.conversation.internal.flow.FlowVocabulary;
import jp.tokyo.mcc.conversation.internal.flow.Target;
import jp.tokyo.mcc.conversation.internal.moves.Answers;
import jp.tokyo.mcc.conversation.internal.moves.FittingAnswer;
import jp.tokyo.mcc.conversation.internal.moves.Navigation;
import jp.tokyo.mcc.conversation.internal.moves.Offers;
import jp.tokyo.mcc.conversation.internal.moves.Resume;
import jp.tokyo.mcc.conversation.internal.moves.SideQuestions;
import jp.tokyo.mcc.conversation.internal.turn.Rule;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;
import jp.tokyo.mcc.safety.SafetyAlert;
import jp.tokyo.mcc.safety.SafetyTier;

/**
 * The safety net found an emergency, a parent in crisis, urgent doubt or a disaster in the text: its answer comes
 * first, in any state, and nothing the family was doing is lost. Then: the start (a new conversation),
 * 「続きから始めますか？」 (back after a long silence), the side question waiting, or the current question, where the
 * text is kept as the answer when it is one (「八王子です。息をしていません」 answers where they live; a fear written
 * at the handoff's concern is the concern) and the question is asked again when it is not (no failed attempt is
 * counted). For a disaster, a button to the flows' disaster path; for a parent in crisis, the way to a counsellor;
 * neither in the middle of the handoff, which they would leave half done (the crisis is flagged on the inquiry).
 */
public final class SafetyAlertFirst implements Rule {

    @Override
    public boolean handle(TurnContext turn) {
        SafetyAlert alert = turn.alert();
        if (alert == null) {
            return false;
        }
        alert.messages().forEach(turn.reply()::text);
        boolean handingOver = inHandoff(turn);
        if (alert.counsellorOffer() != null && !handingOver) {
            turn.reply().text(alert.counsellorOffer());
        }
        if (turn.fresh()) {
            Navigation.enterStart(turn);
        } else if (turn.silent()) {
            Resume.offer(turn);
        } else {
            goOn(turn);
        }
        if (handingOver) {
            return true; // no button that would leave the handoff half done
        }
        offerDisasterPath(turn, alert);
        if (alert.offerCounsellor()) {
            Offers.command(turn, FlowVocabulary.COUNSELLOR)
                    .filter(o -> !turn.reply().offers().contains(o)) // a rest state offers it already
                    .ifPresent(o -> turn.reply().attach(List.of(o)));
        }
        return true;
    }

    /** Where the family was: the side question again, else the current question answered or asked again. */
    private static void goOn(TurnContext turn) {
        Pending pending = turn.state().pending();
        if (pending != null) {
            SideQuestions.askAgain(turn, pending);
            return;
        }
        Optional<Ask> ask = turn.currentAsk();
        String text = turn.event().isText() ? turn.event().text() : null;
        Optional<String> answer = ask.flatMap(a -> FittingAnswer.answer(turn, a, text));
        if (answer.isPresent()) {
            Answers.typed(turn, ask.get(), answer.get());
        } else {
            Navigation.reshow(turn);
        }
    }

    /** Whether the family is in the middle of the handoff (the flow the counsellor command leads to). */
    private static boolean inHandoff(TurnContext turn) {
        String flow = turn.state().flowId();
        return flow != null && !turn.fresh() && turn.live().command(FlowVocabulary.COUNSELLOR)
                .map(c -> c.to() != null && flow.equals(c.to().flow())).orElse(false);
    }

    private static void offerDisasterPath(TurnContext turn, SafetyAlert alert) {
        if (alert.tier() != SafetyTier.DISASTER || alert.flowState() == null) {
            return;
        }
        Target t = Target.parse(alert.flowState(), turn.live().mainFlow(), 0);
        boolean exists = turn.live().flow(t.flow()).map(m -> m.flow().state(t.state()) != null).orElse(false);
        boolean alreadyThere = t.flow().equals(turn.state().flowId()) && t.state().equals(turn.state().stateId());
        if (exists && !alreadyThere) {
            turn.reply().attach(List.of(new Offer(turn.text("disaster.offer"), Offer.Kind.TARGET, t.qualified())));
        }
    }
}
