package jp.tokyo.mcc.staff.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The staff_sign_in_failure table: failed sign-ins per client address, per username and per known browser, shared by
 * every process on the database (a second process does not double the tries allowed). Keys are stored as their
 * SHA-256 only. Each statement commits by itself; concurrent failures of one key add up (the row's update lock).
 */
@Repository
class SignInFailures {

    enum Kind { ADDRESS, ACCOUNT, DEVICE }

    /** A key's failures and the time of the last one. */
    record Count(int failures, Instant last) {
    }

    private final JdbcClient jdbc;

    SignInFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored counts of these keys (a null key is left out); forgotten ones are the caller's to ignore. */
    Map<Kind, Count> read(Map<Kind, String> keys) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        keys.forEach((kind, key) -> {
            if (key != null) {
                where.add("(kind = ? AND key_hash = ?)");
                params.add(kind.name());
                params.add(hash(key));
            }
        });
        Map<Kind, Count> counts = new EnumMap<>(Kind.class);
        if (where.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT kind, failures, last_at FROM staff_sign_in_failure WHERE " + String.join(" OR ", where))
                .params(params)
                .query((rs, n) -> counts.put(Kind.valueOf(rs.getString("kind")),
                        new Count(rs.getInt("failures"), rs.getTimestamp("last_at").toInstant())))
                .list();
        return counts;
    }

    /** Counts one failure at {@code now}, starting again from one when the last was before {@code forgetBefore}. */
    int count(Kind kind, String key, Instant now, Instant forgetBefore) {
        String hash = hash(key);
        for (int attempt = 0; ; attempt++) {
            int updated = jdbc.sql("UPDATE staff_sign_in_failure SET failures = CASE WHEN last_at < ? THEN 1 "
                            + "ELSE failures + 1 END, last_at = ? WHERE kind = ? AND key_hash = ?")
                    .params(Timestamp.from(forgetBefore), Timestamp.from(now), kind.name(), hash).update();
            if (updated > 0) {
                return jdbc.sql("SELECT failures FROM staff_sign_in_failure WHERE kind = ? AND key_hash = ?")
                        .params(kind.name(), hash).query(Integer.class).optional().orElse(1);
            }
            try {
                jdbc.sql("INSERT INTO staff_sign_in_failure (kind, key_hash, failures, last_at) VALUES (?, ?, 1, ?)")
                        .params(kind.name(), hash, Timestamp.from(now)).update();
                return 1;
            } catch (DuplicateKeyException raced) {
                // another process counted this key's first failure at the same time: count on its row
                if (attempt >= 2) {
                    throw raced;
                }
            }
        }
    }

    void forget(Kind kind, String key) {
        jdbc.sql("DELETE FROM staff_sign_in_failure WHERE kind = ? AND key_hash = ?").params(kind.name(), hash(key))
                .update();
    }

    /** Deletes the rows of this kind whose last failure is before {@code forgetBefore}; returns how many. */
    int purge(Kind kind, Instant forgetBefore) {
        return jdbc.sql("DELETE FROM staff_sign_in_failure WHERE kind = ? AND last_at < ?")
                .params(kind.name(), Timestamp.from(forgetBefore)).update();
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
