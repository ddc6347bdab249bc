package jp.tokyo.mcc.line.inbox;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The webhook's own few connections (intake first): storing a webhook's events and H2's grouped write never wait for a
 * connection held by event handling. Handling holds a connection of the application's pool for the whole of an
 * event's transaction, and runs below the webhook's priority ({@link ProcessingThreads}): when processing falls behind,
 * the application's pool is in its hands, and a webhook that needed one of those connections would wait for threads
 * that get little CPU. A small pool of its own (same database, same settings; {@code app.line.intake-connections}, 4
 * by default) keeps the webhook's path free of that. Not a bean of type {@link DataSource}: the application's data
 * source stays the only one Spring Boot configures.
 */
@Component
public class IntakeConnections {

    private final HikariDataSource pool;
    private final JdbcTemplate template;
    private final TransactionTemplate tx;

    IntakeConnections(DataSource application, @Value("${app.line.intake-connections:4}") int size) {
        if (application instanceof HikariDataSource hikari) {
            HikariConfig config = new HikariConfig();
            hikari.copyStateTo(config);
            config.setPoolName("intake");
            config.setMaximumPoolSize(Math.max(1, size));
            config.setMinimumIdle(1);
            if (config.getConnectionInitSql() == null) {
                config.setConnectionInitSql(DurableCommits.initSql(config.getJdbcUrl()));
            }
            this.pool = new HikariDataSource(config);
        } else {
            this.pool = null; // another pool (not Spring Boot's default): the webhook shares it
        }
        DataSource source = pool != null ? pool : application;
        this.template = new JdbcTemplate(source);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(source));
    }

    public DataSource dataSource() {
        return template.getDataSource();
    }

    JdbcTemplate template() {
        return template;
    }

    TransactionTemplate tx() {
        return tx;
    }

    @PreDestroy
    void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
