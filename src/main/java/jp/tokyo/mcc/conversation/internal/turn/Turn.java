package jp.tokyo.mcc.conversation.internal.turn;

import java.util.List;

import jp.tokyo.mcc.conversation.internal.rules.ConsultRequest;
import jp.tokyo.mcc.conversation.internal.rules.DropSideQuestion;
import jp.tokyo.mcc.conversation.internal.rules.EndedConversation;
import jp.tokyo.mcc.conversation.internal.rules.FaqButton;
import jp.tokyo.mcc.conversation.internal.rules.ErasureRequest;
import jp.tokyo.mcc.conversation.internal.rules.FaqFallback;
import jp.tokyo.mcc.conversation.internal.rules.FriendAdded;
import jp.tokyo.mcc.conversation.internal.rules.GlobalCommand;
import jp.tokyo.mcc.conversation.internal.rules.NewConversation;
import jp.tokyo.mcc.conversation.internal.rules.NonText;
import jp.tokyo.mcc.conversation.internal.rules.QuestionDuringSlot;
import jp.tokyo.mcc.conversation.internal.rules.RecordFamilyLine;
import jp.tokyo.mcc.conversation.internal.rules.ResumeAfterSilence;
import jp.tokyo.mcc.conversation.internal.rules.SafetyAlertFirst;
import jp.tokyo.mcc.conversation.internal.rules.SideQuestionAnswer;
import jp.tokyo.mcc.conversation.internal.rules.SlotAnswer;
import jp.tokyo.mcc.conversation.internal.rules.SmallTalk;
import jp.tokyo.mcc.conversation.internal.rules.StaleTap;
import jp.tokyo.mcc.conversation.internal.rules.Tap;
import jp.tokyo.mcc.conversation.internal.rules.TypedOffer;

/**
 * The order in which the rules answer a family's event: the first rule that answers it ends the turn. To teach the
 * bot something new, write a {@link Rule} in {@code rules/} and put it in its place here.
 */
public final class Turn {

    private static final List<Rule> RULES = List.of(
            new FriendAdded(),          // follow: a new conversation and the greeting
            new EndedConversation(),    // an ended conversation starts over (goes on)
            new RecordFamilyLine(),     // the family's line goes into the transcript (goes on)
            new SafetyAlertFirst(),     // an emergency or a disaster: its answer first, in any state
            new GlobalCommand(),        // 「メニュー」, 「相談員と話したい」, 「データを削除」... in any state
            new ErasureRequest(),       // 「私のデータを全部消してください」: what will be erased, and a confirmation
            new ConsultRequest(),       // 「相談したい」 alone: the hand-off to a counsellor
            new NewConversation(),      // nothing under way: the start
            new FaqButton(),            // a tap on an FAQ button, however old: its answer
            new Tap(),                  // a tap on a button of the last reply
            new StaleTap(),             // a tap on an old or unknown button
            new NonText(),              // a sticker, an image...
            new ResumeAfterSilence(),   // back after a long silence in the middle of something
            new SmallTalk(),            // こんにちは, ありがとう, さようなら: a kind short answer, then the question again
            new SideQuestionAnswer(),   // yes / no to 「もしかして〇〇ですか？」, 「解決しましたか？」...
            new TypedOffer(),           // the label of a button typed instead of tapped
            new DropSideQuestion(),     // a side question not answered is let go (goes on)
            new QuestionDuringSlot(),   // a question instead of the answer: the FAQ's answer, then the question again
            new SlotAnswer(),           // the answer to the current question (where they live: routing)
            new FaqFallback());         // anything else: the FAQ

    private Turn() {
    }

    /** Asks the rules in order until one answers the event. */
    public static void answer(TurnContext turn) {
        for (Rule rule : RULES) {
            if (rule.handle(turn)) {
                return;
            }
        }
    }
}
