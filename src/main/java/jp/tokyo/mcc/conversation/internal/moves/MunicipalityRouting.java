package jp.tokyo.mcc.conversation.internal.moves;

import java.util.Optional;

import jp.tokyo.mcc.conversation.internal.engine.Pending;
import jp.tokyo.mcc.conversation.internal.flow.Ask;
import jp.tokyo.mcc.conversation.internal.flow.Command;
import jp.tokyo.mcc.conversation.internal.flow.FlowVocabulary;
import jp.tokyo.mcc.conversation.internal.machine.FlowEvents;
import jp.tokyo.mcc.conversation.internal.turn.TurnContext;
import jp.tokyo.mcc.directory.Center;
import jp.tokyo.mcc.directory.Directory;
import jp.tokyo.mcc.directory.Municipality;
import jp.tokyo.mcc.directory.PlaceMatch;

/**
 * Where the family lives, and so which center serves them: the directory matches their words to a municipality (or
 * suggests one: 「もしかして〇〇ですか？」, or finds a place outside Tokyo); the islands get a note while their center
 * is not confirmed.
 */
public final class MunicipalityRouting {

    private MunicipalityRouting() {
    }

    /** The family's answer to a municipality question. */
    public static void answer(TurnContext t, Ask a, String text) {
        Directory directory = t.directory();
        if (directory == null) {
            Questions.fail(t, a, null);
            return;
        }
        PlaceMatch match = directory.match(text);
        if (match instanceof PlaceMatch.Found found) {
            accept(t, a, found.municipality(), found.center());
        } else if (match instanceof PlaceMatch.Suggestion suggestion) {
            Pending pending = new Pending(Pending.Kind.SUGGESTION, suggestion.candidate().name(),
                    suggestion.sameNameOutsideTokyo() ? Pending.SAME_NAME_OUTSIDE_TOKYO : null);
            t.state().pending(pending);
            askSuggestion(t, pending);
        } else if (match instanceof PlaceMatch.OutsideTokyo outside) {
            t.reply().text(outside.prefecture() == null || outside.prefecture().isBlank()
                    ? t.text("municipality.outside")
                    : t.text("municipality.outside-prefecture", outside.prefecture()));
            t.state().retries(0);
            if (a.outside() != null) {
                Navigation.enter(t, a.outside(), false);
            } else {
                t.live().command(FlowVocabulary.MENU).map(Command::to)
                        .ifPresentOrElse(to -> Navigation.enter(t, to, true), () -> Navigation.enterStart(t));
            }
        } else {
            Questions.fail(t, a, null);
        }
    }

    /** 「もしかして〇〇ですか？」 (or 「東京都の府中市ですか？」 for 府中町) with yes / no. */
    public static void askSuggestion(TurnContext t, Pending suggestion) {
        String key = Pending.SAME_NAME_OUTSIDE_TOKYO.equals(suggestion.detail()) ? "municipality.confirm-tokyo"
                : "municipality.suggest";
        t.reply().text(t.text(key, suggestion.value()), Offers.yesNo(t));
    }

    /** Yes or no to the suggested municipality. */
    public static void suggestionAnswered(TurnContext t, String name, boolean yes) {
        Optional<Ask> ask = t.currentAsk();
        Directory directory = t.directory();
        if (ask.isEmpty() || directory == null) {
            Navigation.reshow(t);
            return;
        }
        Optional<Municipality> m = yes ? directory.municipality(name) : Optional.empty();
        if (m.isPresent()) {
            accept(t, ask.get(), m.get(), centerOf(directory, m.get()));
        } else {
            t.reply().text(t.text("municipality.suggest-no"));
        }
    }

    private static Center centerOf(Directory directory, Municipality m) {
        try {
            return directory.center(m.center());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void accept(TurnContext t, Ask a, Municipality m, Center center) {
        t.state().slots().put(a.slot(), m.name());
        if (center != null) {
            t.state().slots().put(FlowVocabulary.CENTER, center.id().code());
        } else if (m.center() != null) {
            t.state().slots().put(FlowVocabulary.CENTER, m.center().code());
        }
        if (m.isIsland()) {
            islandsNote(t);
        }
        Navigation.answered(t, FlowEvents.NEXT);
    }

    /**
     * Families on the islands: while the directory says their center is not confirmed, its note and both centers'
     * numbers (they may call either).
     */
    private static void islandsNote(TurnContext t) {
        Directory directory = t.directory();
        if (directory == null || !directory.islandsUnconfirmed()) {
            return;
        }
        String note = directory.islandsNote();
        t.reply().text(note == null || note.isBlank() ? t.render(t.text("municipality.islands"))
                : note + "\n" + t.render(t.text("municipality.islands-numbers")));
    }
}
