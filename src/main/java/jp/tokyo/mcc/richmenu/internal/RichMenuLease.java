package jp.tokyo.mcc.richmenu.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may talk to LINE about the rich menu: one process at a time, by a lease on the one row of
 * {@code rich_menu_sync} (taken with a conditional update, so two processes on one database never both hold it; a
 * holder that died loses it when it runs out). The row also keeps the hash and id of the menu last made default.
 */
@Component
class RichMenuLease {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String holder = UUID.randomUUID().toString();

    RichMenuLease(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    /** Takes (or extends) the lease for {@code length}; false while another process holds it. */
    boolean acquire(Duration length) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        UPDATE rich_menu_sync SET holder = :holder, lease_until = :until
                        WHERE id = 1 AND (lease_until IS NULL OR lease_until < :now OR holder = :holder)""")
                .param("holder", holder)
                .param("until", at(now.plus(length)))
                .param("now", at(now))
                .update() == 1;
    }

    void release() {
        jdbc.sql("UPDATE rich_menu_sync SET lease_until = NULL WHERE id = 1 AND holder = :holder")
                .param("holder", holder).update();
    }

    /** Records the menu LINE now shows by default. */
    void synced(String hash, String richMenuId) {
        jdbc.sql("UPDATE rich_menu_sync SET menu_hash = :hash, rich_menu_id = :id, synced_at = :at WHERE id = 1")
                .param("hash", hash).param("id", richMenuId).param("at", at(clock.instant())).update();
    }

    /** The hash of the menu last made default, if any. */
    Optional<String> syncedHash() {
        return jdbc.sql("SELECT menu_hash FROM rich_menu_sync WHERE id = 1").query(String.class).optional();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
