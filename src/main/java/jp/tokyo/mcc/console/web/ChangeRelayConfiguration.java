package jp.tokyo.mcc.console.web;

import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** PostgreSQL: console live updates through LISTEN/NOTIFY to every process; otherwise (H2) within the process. */
@Configuration(proxyBeanMethods = false)
class ChangeRelayConfiguration {

    @Bean
    ChangeRelay changeRelay(DataSourceProperties dataSource, JdbcClient jdbc) {
        String url = dataSource.determineUrl();
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            return new PostgresChangeRelay(jdbc, url, dataSource.determineUsername(), dataSource.determinePassword());
        }
        return new ChangeRelay.InProcess();
    }
}
