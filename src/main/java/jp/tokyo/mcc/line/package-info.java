/**
 * The LINE channel: webhook intake (signature, inbox, per-user dispatcher) and the outbox to the
 * Messaging API. The router listens to {@link jp.tokyo.mcc.line.IncomingEvent} (application events);
 * others send through {@link jp.tokyo.mcc.line.Outbox}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "LINE channel")
package jp.tokyo.mcc.line;
