package jp.tokyo.mcc.line.inbox;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * 200 to LINE means stored on disk. On PostgreSQL every commit of the bot's sessions returns once its WAL record is
 * flushed: {@code synchronous_commit} on (its default; a server configured otherwise is overruled for the bot's
 * sessions). H2, the embedded default, writes commits to its file in the background; where that matters the bot
 * waits for {@link CommitBarrier}. Checked by {@code KillNineIT} (a real bot process killed with SIGKILL under load)
 * and {@code DurableCommitsIT}.
 */
@Component
class DurableCommits implements BeanPostProcessor {

    static final String POSTGRESQL = "SET synchronous_commit TO on";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && dataSource.getConnectionInitSql() == null) {
            String sql = initSql(dataSource.getJdbcUrl());
            if (sql != null) {
                dataSource.setConnectionInitSql(sql);
            }
        }
        return bean;
    }

    /** The statement that makes a new connection's commits durable, or null for a database this does not know. */
    static String initSql(String jdbcUrl) {
        if (jdbcUrl == null) {
            return null;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        return null;
    }
}
