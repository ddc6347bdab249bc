package jp.tokyo.mcc.inquiry.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;

import jp.tokyo.mcc.inquiry.ConsentVersion;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The consent texts families agreed to, by version (table {@code inquiry_consent_version}): a text seen for the first
 * time becomes the next version, recorded in a transaction of its own (a version no inquiry refers to yet is
 * harmless, and a lost race does not spoil the hand-over's transaction). Two hand-overs with a new text at the same
 * moment get the same version: the text's hash is unique, the second insert loses and reads the first's.
 */
@Repository
class ConsentVersions {

    private final JdbcClient jdbc;
    private final TransactionTemplate own;

    ConsentVersions(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The version of this text, made the next one when it is new. */
    int versionOf(String text, Instant now) {
        String hash = sha256(text);
        Optional<Integer> known = byHash(hash);
        if (known.isPresent()) {
            return known.get();
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            int next = own.execute(s -> jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM inquiry_consent_version")
                    .query(Integer.class).single());
            try {
                own.executeWithoutResult(s -> jdbc.sql("INSERT INTO inquiry_consent_version (version, text_hash, "
                                + "consent_text, first_used_at) VALUES (?,?,?,?)")
                        .params(next, hash, text, Timestamp.from(now)).update());
                return next;
            } catch (DuplicateKeyException taken) {
                // the other insert has committed: the caller's transaction (read committed) sees it
                Optional<Integer> raced = byHash(hash);
                if (raced.isPresent()) {
                    return raced.get();
                }
            }
        }
        throw new IllegalStateException("no consent version could be recorded");
    }

    Optional<ConsentVersion> get(int version) {
        return jdbc.sql("SELECT version, consent_text, first_used_at FROM inquiry_consent_version WHERE version = ?")
                .param(version)
                .query((rs, n) -> new ConsentVersion(rs.getInt(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional();
    }

    private Optional<Integer> byHash(String hash) {
        return jdbc.sql("SELECT version FROM inquiry_consent_version WHERE text_hash = ?").param(hash)
                .query(Integer.class).optional();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
