/**
 * The built-in LINE simulator: a LINE-like chat page at {@code /simulator} where one plays one or more families, and
 * an in-process stand-in of the Messaging API at {@code /simulator/line-api/} that the bot's real LINE SDK client
 * talks to for simulated users. In local mode (no {@code LINE_CHANNEL_SECRET}) it is public and the bot talks only to
 * it; with a real channel it is for administrators only, and its families (ids: {@link jp.tokyo.mcc.simulator.SimulatedUsers})
 * go through the real bot while what the bot sends them stays here, never reaching LINE. What a family does is sent
 * to the bot's real {@code /callback} as a webhook signed with the channel's secret (on the server); what the bot
 * sends is captured per simulated user. State is kept in memory only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "LINE simulator")
package jp.tokyo.mcc.simulator;
