package jp.tokyo.mcc.conversation.fakes;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Stand-ins for the modules the conversation uses, while they are being written elsewhere. Delete a bean here
 * once its module is merged (the real one then takes over in the same tests).
 */
@TestConfiguration(proxyBeanMethods = false)
public class ConversationFakes {

    @Bean
    FakeDesk fakeDesk() {
        return new FakeDesk();
    }
}
