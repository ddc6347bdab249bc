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
 * @param clearMargin         how far (in score) the best confident entry must be ahead of the next one to be the
 *                            answer by itself; closer ones are offered together (default 0.3)
 */
@ConfigurationProperties(prefix = "app.knowledge")
public record KnowledgeProperties(
        @DefaultValue("0.5") double confidenceThreshold,
        @DefaultValue("5s") Duration reloadInterval,
        @DefaultValue("0.3") double clearMargin) {

    public KnowledgeProperties {
        if (confidenceThreshold < 0 || confidenceThreshold > 1) {
            throw new IllegalArgumentException("app.knowledge.confidence-threshold must be between 0 and 1");
        }
        if (clearMargin < 0) {
            throw new IllegalArgumentException("app.knowledge.clear-margin must not be negative");
        }
    }

    public static KnowledgeProperties defaults() {
        return new KnowledgeProperties(0.5, Duration.ofSeconds(5), 0.3);
    }
}
