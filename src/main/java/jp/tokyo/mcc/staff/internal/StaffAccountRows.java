package jp.tokyo.mcc.staff.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.staff.StaffMember;
import jp.tokyo.mcc.staff.StaffRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The staff_account table. */
@Repository
public class StaffAccountRows {

    private static final String COLUMNS = "id, username, display_name, role, center, enabled, locked_until, "
            + "password_change_required";

    /** An account with its password hash, for login only. */
    public record Credentials(StaffMember member, String passwordHash) {
    }

    private final JdbcClient jdbc;

    StaffAccountRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM staff_account").query(Long.class).single();
    }

    public long insert(String username, String passwordHash, String displayName, StaffRole role, CenterId center,
                       Instant now) {
        jdbc.sql("INSERT INTO staff_account (username, password_hash, display_name, role, center, enabled, "
                        + "failed_attempts, created_at) VALUES (?,?,?,?,?,TRUE,0,?)")
                .params(username, passwordHash, displayName, role.name(), center == null ? null : center.code(),
                        Timestamp.from(now))
                .update();
        return jdbc.sql("SELECT id FROM staff_account WHERE username = ?").param(username).query(Long.class).single();
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM staff_account WHERE LOWER(username) = LOWER(?)").param(username)
                .query(Long.class).single() > 0;
    }

    public List<StaffMember> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff_account ORDER BY role, center, username")
                .query((rs, n) -> map(rs)).list();
    }

    public Optional<StaffMember> byUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff_account WHERE username = ?").param(username)
                .query((rs, n) -> map(rs)).optional();
    }

    public Optional<StaffMember> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff_account WHERE id = ?").param(id)
                .query((rs, n) -> map(rs)).optional();
    }

    public Optional<Credentials> credentials(String username) {
        return jdbc.sql("SELECT " + COLUMNS + ", password_hash FROM staff_account WHERE username = ?").param(username)
                .query((rs, n) -> new Credentials(map(rs), rs.getString("password_hash"))).optional();
    }

    /** A new password hash; {@code changeRequired}: a one-time password, to be changed at the next sign-in. */
    public void setPassword(long id, String passwordHash, boolean changeRequired) {
        jdbc.sql("UPDATE staff_account SET password_hash = ?, password_change_required = ?, failed_attempts = 0, "
                        + "locked_until = NULL WHERE id = ?")
                .params(passwordHash, changeRequired, id).update();
    }

    public void requirePasswordChange(long id) {
        jdbc.sql("UPDATE staff_account SET password_change_required = TRUE WHERE id = ?").param(id).update();
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE staff_account SET enabled = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?")
                .params(enabled, id).update();
    }

    /** Counts a failed login; locks the account when the count reaches {@code max}. True when it was locked now. */
    public boolean recordFailure(String username, int max, Instant lockUntil) {
        jdbc.sql("UPDATE staff_account SET failed_attempts = failed_attempts + 1 WHERE username = ?")
                .param(username).update();
        return jdbc.sql("UPDATE staff_account SET failed_attempts = 0, locked_until = ? "
                        + "WHERE username = ? AND failed_attempts >= ?")
                .params(Timestamp.from(lockUntil), username, max).update() > 0;
    }

    public void recordSuccess(String username) {
        jdbc.sql("UPDATE staff_account SET failed_attempts = 0, locked_until = NULL "
                        + "WHERE username = ? AND (failed_attempts <> 0 OR locked_until IS NOT NULL)")
                .param(username).update();
    }

    private static StaffMember map(ResultSet rs) throws SQLException {
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        return new StaffMember(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                StaffRole.valueOf(rs.getString("role")), CenterId.fromCode(rs.getString("center")).orElse(null),
                rs.getBoolean("enabled"), locked == null ? null : locked.toInstant(),
                rs.getBoolean("password_change_required"));
    }
}
