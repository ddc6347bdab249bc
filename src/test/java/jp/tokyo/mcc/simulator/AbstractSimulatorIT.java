package jp.tokyo.mcc.simulator;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole bot on a random port in local mode (no channel secret, no Messaging API endpoint), so its real LINE SDK
 * client talks to the simulator's stand-in. The real conversation engine stays out; {@link ScriptedConversation}
 * answers. Subclasses share this one Spring context: add no configuration to them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "app.line.channel-secret=",
        "app.line.channel-token=",
        "app.line.api-endpoint=",
        "app.conversation.enabled=false"})
@ActiveProfiles("test")
@Import(ScriptedConversation.class)
abstract class AbstractSimulatorIT {

    @LocalServerPort
    protected int port;

    protected String base() {
        return "http://127.0.0.1:" + port;
    }
}
