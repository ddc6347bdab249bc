/**
 * The safety net: recognises messages that suggest a medical emergency or a disaster, from administrator phrase
 * files ({@code flows/safety/}), and gives the answer to send at once. Others use
 * {@link jp.tokyo.mcc.safety.SafetyCheck}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Safety net")
package jp.tokyo.mcc.safety;
