package jp.tokyo.mcc.conversation.internal.flow;

import java.util.List;

/**
 * Sends the collected answers to the counsellors; the state's {@code say} follows when it was sent.
 *
 * @param unavailable what to say instead when inquiries cannot be taken over LINE
 */
public record HandoffBlock(List<String> unavailable, int line) {

    public HandoffBlock {
        unavailable = unavailable == null ? List.of() : List.copyOf(unavailable);
    }
}
