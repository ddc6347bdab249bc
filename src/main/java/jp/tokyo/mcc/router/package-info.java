/**
 * Who answers a family's event: the only listener of {@link jp.tokyo.mcc.line.IncomingEvent}. The safety net reads
 * the text first, in any state; then an open inquiry takes the family's messages and taps (the counsellor answers);
 * otherwise the guided conversation answers. Answers leave through the line module's outbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Event router")
package jp.tokyo.mcc.router;
