package jp.tokyo.mcc.conversation.fakes;

import jp.tokyo.mcc.conversation.CounsellorDesk;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * True while no component of the application implements {@link CounsellorDesk} (the inquiry module is not merged
 * yet): then the tests use {@link FakeDesk}. Decided from the classpath, not from bean registration order.
 */
class NoRealCounsellorDesk implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(CounsellorDesk.class));
        return scanner.findCandidateComponents("jp.tokyo.mcc").stream()
                .noneMatch(c -> !c.getBeanClassName().startsWith("jp.tokyo.mcc.conversation."));
    }
}
