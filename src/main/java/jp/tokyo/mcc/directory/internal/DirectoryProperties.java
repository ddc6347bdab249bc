package jp.tokyo.mcc.directory.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code app.directory.*}.
 *
 * @param reloadCheckInterval how often, at most, {@code flows/centers.yaml} is checked for changes (default 5s)
 */
@ConfigurationProperties(prefix = "app.directory")
public record DirectoryProperties(@DefaultValue("5s") Duration reloadCheckInterval) {
}
