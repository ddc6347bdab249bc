package jp.tokyo.mcc.inquiry.internal;

import jp.tokyo.mcc.directory.CenterId;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inquiry numbers per center and year: K-2026-0001 (区部), T-2026-0001 (多摩). The counter row is locked by the
 * increment until the inquiry's transaction ends, so two handoffs never get the same number.
 */
@Component
class InquiryNumbers {

    private final JdbcClient jdbc;
    private final TransactionTemplate separate;

    InquiryNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String next(CenterId center, int year) {
        if (increment(center, year) == 0) {
            try {
                // in its own transaction: a concurrent insert of the same row must not spoil the caller's (PostgreSQL)
                separate.executeWithoutResult(s -> jdbc.sql(
                                "INSERT INTO inquiry_counter (center, counter_year, last_value) VALUES (?,?,0)")
                        .params(center.code(), year).update());
            } catch (DataIntegrityViolationException alreadyThere) {
                // another handoff created it first
            }
            if (increment(center, year) == 0) {
                throw new IllegalStateException("inquiry counter missing");
            }
        }
        int value = jdbc.sql("SELECT last_value FROM inquiry_counter WHERE center = ? AND counter_year = ?")
                .params(center.code(), year).query(Integer.class).single();
        return format(center, year, value);
    }

    private int increment(CenterId center, int year) {
        return jdbc.sql("UPDATE inquiry_counter SET last_value = last_value + 1 WHERE center = ? AND counter_year = ?")
                .params(center.code(), year).update();
    }

    static String format(CenterId center, int year, int value) {
        String prefix = center == CenterId.KUBU ? "K" : "T";
        return String.format("%s-%d-%04d", prefix, year, value);
    }
}
