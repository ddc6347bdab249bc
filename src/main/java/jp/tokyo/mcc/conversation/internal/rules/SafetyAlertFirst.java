package jp.tokyo.mcc.conversation.internal.rules;

import java.util.List;

import jp.tokyo.mcc.conversation.internal.engine.Offer;
import jp.tokyo.mcc.conversation.internal.flow.Target;
import jp.tokyo.mcc.conversation.internal.moves.Navigation;
import jp.tokyo.mcc.conversation.internal.moves.Resume;
import jp.tokyo.mcc.conversation.internal.turn.Rule;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;
import jp.tokyo.mcc.conversation.internal.flow.FlowVocabulary;
import jp.tokyo.mcc.conversation.internal.moves.Offers;
import jp.tokyo.mcc.safety.SafetyAlert;
import jp.tokyo.mcc.safety.SafetyTier;

/**
 * The safety net found an emergency, a parent in crisis, urgent doubt or a disaster in the text: its answer comes
 * first, in any state, then where the family was (the start, 「続きから始めますか？」 after a long silence, or the current
 * question again); for a disaster, a button to the flows' disaster path; for a parent in crisis, the way to a
 * counsellor.
 */
public final class SafetyAlertFirst implements Rule {

    @Override
    public boolean handle(TurnContext turn) {
        SafetyAlert alert = turn.alert();
        if (alert == null) {
            return false;
        }
        alert.messages().forEach(turn.reply()::text);
        if (turn.fresh()) {
            Navigation.enterStart(turn);
        } else if (turn.silent()) {
            Resume.offer(turn);
        } else {
            Navigation.reshow(turn);
        }
        offerDisasterPath(turn, alert);
        if (alert.offerCounsellor()) {
            Offers.command(turn, FlowVocabulary.COUNSELLOR).ifPresent(o -> turn.reply().attach(List.of(o)));
        }
        return true;
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
