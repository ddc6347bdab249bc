/**
 * Guided conversations: flow files ({@code flows/*.yaml}) validated and compiled to state machines, per-user
 * conversation state, and the rules that answer a family's event, one concept a file in {@code internal/rules}
 * (global commands, taps, side questions, the answer to the current question, FAQ look-ups...), asked in the order of
 * {@code internal/turn/Turn}. The router hands events in through {@link jp.tokyo.mcc.conversation.Conversations}; a
 * flow's handoff sends a structured inquiry to counsellors through {@link jp.tokyo.mcc.conversation.CounsellorDesk}
 * (implemented by the inquiry module).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversation")
package jp.tokyo.mcc.conversation;
