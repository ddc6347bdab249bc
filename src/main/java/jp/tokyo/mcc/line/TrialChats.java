package jp.tokyo.mcc.line;

/**
 * Chats that are not LINE's: the families played in the built-in simulator ("trial chats"). What the bot sends them
 * goes to a stand-in of the Messaging API on this server, never to LINE, also when the bot runs with a real channel.
 * Implemented by the simulator module; without an implementation every chat is LINE's. Other modules may ask it too
 * (the console marks trial inquiries 「試用」 so that counsellors never take them for a family's).
 */
public interface TrialChats {

    /** Whether this chat (a user id) is a trial chat rather than a LINE user. */
    boolean isTrial(String chatId);

    /** Where the stand-in of the Messaging API answers the bot's client for trial chats. */
    StandIn standIn();

    /**
     * @param path      the stand-in's base path on this server, e.g. {@code /simulator/line-api} (in local mode it
     *                  is the default Messaging API endpoint for everyone)
     * @param keyHeader the header the bot's client sends with every call to it
     * @param key       the header's value: made at start-up, it never leaves the process but over loopback
     */
    record StandIn(String path, String keyHeader, String key) {
    }
}
