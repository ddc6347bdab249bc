package jp.tokyo.mcc.conversation.fakes;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Stand-ins for the modules the conversation uses, while they are being written elsewhere. Only the inquiry
 * module's counsellors' desk is still missing; the fake switches itself off once a real {@code CounsellorDesk}
 * component is on the classpath (then delete this class, FakeDesk and NoRealCounsellorDesk).
 */
@TestConfiguration(proxyBeanMethods = false)
public class ConversationFakes {

    @Bean
    @Conditional(NoRealCounsellorDesk.class)
    FakeDesk fakeDesk() {
        return new FakeDesk();
    }
}
