package jp.tokyo.mcc.line.outbox;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Families who blocked the account (LINE's unfollow event), until they add it again (follow). Blocking cancels what
 * waits to be sent to them (FAILED, "blocked": administrators see it among the messages that could not be sent), and
 * a message to them that LINE does not take is not retried. Table {@code line_blocked_chat}.
 */
@Repository
public class BlockedChats {

    static final String BLOCKED = "blocked: the family blocked the account";

    private final JdbcClient jdbc;

    BlockedChats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The family blocked the account: noted, and their waiting batches cancelled. Returns how many were cancelled. */
    public int block(String chatId, Instant at) {
        if (jdbc.sql("UPDATE line_blocked_chat SET blocked_at = ? WHERE chat_id = ?").params(Timestamp.from(at), chatId)
                .update() == 0) {
            jdbc.sql("INSERT INTO line_blocked_chat (chat_id, blocked_at) VALUES (?, ?)").params(chatId, Timestamp.from(at))
                    .update();
        }
        return jdbc.sql("UPDATE line_outbox_batch SET status = 'FAILED', last_error = ?, claimed_until = NULL "
                        + "WHERE chat_id = ? AND status = 'PENDING'")
                .params(BLOCKED, chatId).update();
    }

    /** The family added the account again. */
    public void unblock(String chatId) {
        jdbc.sql("DELETE FROM line_blocked_chat WHERE chat_id = ?").param(chatId).update();
    }

    public boolean isBlocked(String chatId) {
        return jdbc.sql("SELECT COUNT(*) FROM line_blocked_chat WHERE chat_id = ?").param(chatId).query(Long.class)
                .single() > 0;
    }
}
