package jp.tokyo.mcc.simulator;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches in local mode: no channel secret ({@code app.line.channel-secret}, from LINE_CHANNEL_SECRET) is set.
 * Same rule as {@code LineProperties.localMode()}.
 */
class LocalModeCondition implements Condition {

    static final String SECRET_PROPERTY = "app.line.channel-secret";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String secret = context.getEnvironment().getProperty(SECRET_PROPERTY, "");
        return secret.isBlank();
    }
}
