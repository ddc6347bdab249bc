/**
 * The LINE channel: webhook intake (signature, inbox, per-user dispatcher) and the outbox to the
 * Messaging API. Other modules see {@link jp.tokyo.mcc.line.IncomingEvent} (as application events)
 * and use {@link jp.tokyo.mcc.line.Outbox}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "LINE channel")
package jp.tokyo.mcc.line;
