package jp.tokyo.mcc.knowledge.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * FAQ search settings ({@code app.knowledge.*}).
 *
 * @param confidenceThreshold how much of a family's words (weighted by rarity, 0..1) an entry must cover to be a
 *                            confident hit (default 0.5)
 * @param reloadInterval      how often the FAQ files are checked for changes (default 5s)
 */
@ConfigurationProperties(prefix = "app.knowledge")
public record KnowledgeProperties(
        @DefaultValue("0.5") double confidenceThreshold,
        @DefaultValue("5s") Duration reloadInterval) {

    public KnowledgeProperties {
        if (confidenceThreshold < 0 || confidenceThreshold > 1) {
            throw new IllegalArgumentException("app.knowledge.confidence-threshold must be between 0 and 1");
        }
    }

    public static KnowledgeProperties defaults() {
        return new KnowledgeProperties(0.5, Duration.ofSeconds(5));
    }
}
