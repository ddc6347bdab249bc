package jp.tokyo.mcc.simulator;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * In local mode {@code GET /} leads a newcomer to the simulator. Registered as a view controller, which Spring MVC
 * consults after annotated handlers, so a page another module maps to {@code /} takes precedence without a clash.
 */
@Configuration(proxyBeanMethods = false)
@LocalModeOnly
class RootRedirect implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", "/simulator");
    }
}
