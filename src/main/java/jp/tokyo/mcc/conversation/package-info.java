/**
 * Guided conversations: flow files ({@code flows/*.yaml}) validated and compiled to state machines, per-user
 * conversation state, global commands, the safety check first, FAQ look-ups, and the hand-over of a structured
 * inquiry to counsellors through {@link jp.tokyo.mcc.conversation.CounsellorDesk} (implemented by the inquiry module).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversation")
package jp.tokyo.mcc.conversation;
