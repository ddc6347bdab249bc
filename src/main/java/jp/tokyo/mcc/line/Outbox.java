package jp.tokyo.mcc.line;

import java.util.List;

/**
 * The one way out to LINE, for the bot and for staff. Every batch is stored before it is sent, uses the
 * event's reply token while it is fresh and otherwise pushes with a retry key chosen once, and is
 * retried after LINE outages without ever being delivered twice.
 */
public interface Outbox {

    /** Answer an event: reply with its token while fresh, else push. Returns the stored batch ids. */
    List<Long> reply(IncomingEvent event, List<OutgoingMessage> messages);

    /** Push to a user (staff messages, notices). Returns the stored batch ids. */
    List<Long> push(String userId, List<OutgoingMessage> messages, Origin origin);

    /** Show LINE's loading animation in the user's chat (best effort, never retried). */
    void showLoading(String userId, int seconds);

    enum Origin { BOT, STAFF, SYSTEM }
}
