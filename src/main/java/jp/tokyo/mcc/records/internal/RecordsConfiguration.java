package jp.tokyo.mcc.records.internal;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shutdown order the H2 compaction needs. */
@Configuration(proxyBeanMethods = false)
class RecordsConfiguration {

    @Bean
    static BeanFactoryPostProcessor dataSourceClosesFirst() {
        return new DataSourceClosesFirst();
    }
}
