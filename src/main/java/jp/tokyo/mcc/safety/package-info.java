/**
 * The safety net: reads every family message as Japanese (Kuromoji: dictionary forms, readings, negation, kana-only
 * writing) and tells a present emergency, urgent doubt, a parent in crisis, a disaster happening now or disaster
 * preparation from talk about them, from administrator files ({@code flows/safety/}); gives the answer to send first,
 * or a one-line reminder. Others use {@link jp.tokyo.mcc.safety.SafetyCheck}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Safety net")
package jp.tokyo.mcc.safety;
