package jp.tokyo.mcc.records.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Makes every data source depend on {@link H2ShutdownCompaction}, so that at shutdown the data source (and every bean
 * using it) is closed first and the compaction runs on a database nobody else has open.
 */
class DataSourceClosesFirst implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        if (!beanFactory.containsBeanDefinition(H2ShutdownCompaction.BEAN)) {
            return;
        }
        for (String name : beanFactory.getBeanNamesForType(DataSource.class, true, false)) {
            if (!beanFactory.containsBeanDefinition(name)) {
                continue;
            }
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            Set<String> dependsOn = new LinkedHashSet<>();
            if (definition.getDependsOn() != null) {
                dependsOn.addAll(Arrays.asList(definition.getDependsOn()));
            }
            dependsOn.add(H2ShutdownCompaction.BEAN);
            definition.setDependsOn(dependsOn.toArray(String[]::new));
        }
    }
}
