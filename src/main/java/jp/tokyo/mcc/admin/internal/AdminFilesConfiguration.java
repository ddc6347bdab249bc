package jp.tokyo.mcc.admin.internal;

import jp.tokyo.mcc.shared.AdminFiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The modules read the administrator files published in the database (seeded from the flows/ folder). */
@Configuration(proxyBeanMethods = false)
class AdminFilesConfiguration {

    @Bean
    AdminFiles adminFiles(PublishedFiles published) {
        return new AdminFiles(published);
    }
}
