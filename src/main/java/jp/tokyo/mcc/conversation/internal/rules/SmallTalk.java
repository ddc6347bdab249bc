package jp.tokyo.mcc.conversation.internal.rules;

import java.util.Map;
import java.util.Set;

import jp.tokyo.mcc.conversation.internal.engine.Pending;
import jp.tokyo.mcc.conversation.internal.flow.FlowVocabulary;
import jp.tokyo.mcc.conversation.internal.moves.FaqAnswers;
import jp.tokyo.mcc.conversation.internal.moves.Navigation;
import jp.tokyo.mcc.conversation.internal.moves.Offers;
import jp.tokyo.mcc.conversation.internal.slots.Phrases;
import jp.tokyo.mcc.conversation.internal.turn.Rule;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;

/**
 * A greeting, thanks or goodbye alone (「こんにちは」, 「ありがとうございました！」, 「おやすみなさい」): a kind short
 * answer, then the question the family was at, if any. Thanks right after an FAQ answer also mean it helped. The
 * phrases and answers are in the message bundle ({@code conversation.smalltalk.*}).
 */
public final class SmallTalk implements Rule {

    enum Kind { GREETING, THANKS, GOODBYE }

    @Override
    public boolean handle(TurnContext turn) {
        if (!turn.event().isText()) {
            return false;
        }
        Set<Kind> kinds = Phrases.of(Map.of(
                Kind.GREETING, turn.text("smalltalk.greeting.words"),
                Kind.THANKS, turn.text("smalltalk.thanks.words"),
                Kind.GOODBYE, turn.text("smalltalk.goodbye.words"))).kinds(turn.event().text());
        if (kinds.isEmpty()) {
            return false;
        }
        Kind kind = kinds.contains(Kind.GOODBYE) ? Kind.GOODBYE : kinds.contains(Kind.THANKS) ? Kind.THANKS
                : Kind.GREETING;
        Pending pending = turn.state().pending();
        if (kind != Kind.GREETING && pending != null && pending.kind() == Pending.Kind.FAQ_FEEDBACK) {
            turn.state().pending(null);
            FaqAnswers.helpedWithThanks(turn, pending);
            return true;
        }
        String answer = turn.text("smalltalk." + kind.name().toLowerCase(java.util.Locale.ROOT));
        if (pending != null || turn.currentAsk().isPresent() || turn.currentState()
                .map(s -> !s.choices().isEmpty() || s.buttons() != null).orElse(false)) {
            turn.reply().text(answer);
            Navigation.reshow(turn); // and back to the question the family was at
        } else {
            turn.reply().text(answer, Offers.command(turn, FlowVocabulary.MENU).stream().toList());
        }
        return true;
    }
}
