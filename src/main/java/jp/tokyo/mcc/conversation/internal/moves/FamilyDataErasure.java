package jp.tokyo.mcc.conversation.internal.moves;

import jp.tokyo.mcc.conversation.internal.turn.TurnContext;
import jp.tokyo.mcc.records.ErasureRequest;
import jp.tokyo.mcc.records.FamilyErasure;

/**
 * A flow state with {@code erase: true}, reached after the family confirmed: everything the bot and the centers keep of
 * them is erased (every module, in this event's transaction), and the conversation is not stored again. Without the
 * records module the family is told to call instead.
 */
public final class FamilyDataErasure {

    private FamilyDataErasure() {
    }

    /** Erases the family's data; false (and the family told to call) when erasure is not available. */
    public static boolean erase(TurnContext t) {
        FamilyErasure erasure = t.erasure();
        if (erasure == null) {
            t.reply().text(t.render(t.text("erasure.unavailable")));
            return false;
        }
        erasure.erase(t.state().userId(), ErasureRequest.byFamily());
        t.markErased();
        return true;
    }
}
