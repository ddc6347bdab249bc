package jp.tokyo.mcc.conversation;

import java.time.Instant;
import java.util.function.Supplier;

import jp.tokyo.mcc.line.Outbox;

/**
 * Conversations for trying the bot without touching a family's: the real engine over the live flows (or, in the
 * {@link jp.tokyo.mcc.shared.Edition#DRAFTS} edition, the drafts), with states kept in memory, a clock the caller
 * moves and the caller's outbox and counsellors' desk. For the conversation tests run from the administrators' page.
 */
public interface ConversationTrials {

    /**
     * @param clock what time it is for the conversation
     * @param outbox where its replies go
     * @param desk the counsellors' desk it hands over to (null: none)
     */
    TrialConversation start(Supplier<Instant> clock, Outbox outbox, CounsellorDesk desk);
}
