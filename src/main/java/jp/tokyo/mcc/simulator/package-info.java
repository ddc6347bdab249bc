/**
 * The built-in LINE simulator, served only in local mode (no {@code LINE_CHANNEL_SECRET}): a LINE-like chat page at
 * {@code /simulator} where a developer plays one or more families, and an in-process stand-in of the Messaging API
 * at {@code /simulator/line-api/} that the bot's real LINE SDK client talks to in local mode. What a family does is
 * sent to the bot's real {@code /callback} as a signed webhook; what the bot sends is captured per simulated user.
 * State is kept in memory only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "LINE simulator")
package jp.tokyo.mcc.simulator;
