package jp.tokyo.mcc;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.boot.autoconfigure.transaction.TransactionManagerCustomizers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.orm.jpa.JpaTransactionManager;

/**
 * Two transaction managers on the one data source:
 * <ul>
 * <li>{@code transactionManager} (primary): JDBC. The webhook's hot path (inbox, outbox, conversation state), the
 *     inquiries and every {@code @Transactional} without a name use it: a JPA transaction opens a Hibernate session
 *     for every event, which measured about 10 % more CPU per event.</li>
 * <li>{@value #JPA}: Spring Data JPA, for aggregates with a lifecycle (administrator file versions and drafts). It
 *     exposes its JDBC connection, so JDBC writes made inside it (the audit log) commit or roll back with it.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = CareBotApplication.class, transactionManagerRef = PersistenceConfiguration.JPA)
public class PersistenceConfiguration {

    /** The name of the JPA transaction manager, for {@code @Transactional(PersistenceConfiguration.JPA)}. */
    public static final String JPA = "jpaTransactionManager";

    @Bean
    @Primary
    JdbcTransactionManager transactionManager(DataSource dataSource,
                                              ObjectProvider<TransactionManagerCustomizers> customizers) {
        JdbcTransactionManager manager = new JdbcTransactionManager(dataSource);
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }

    @Bean(name = JPA)
    JpaTransactionManager jpaTransactionManager(EntityManagerFactory entityManagerFactory,
                                                ObjectProvider<TransactionManagerCustomizers> customizers) {
        JpaTransactionManager manager = new JpaTransactionManager(entityManagerFactory);
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }
}
