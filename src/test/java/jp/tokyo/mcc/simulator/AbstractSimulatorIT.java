package jp.tokyo.mcc.simulator;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole bot on a random port in local mode (no channel secret, no Messaging API endpoint), so its real LINE SDK
 * client talks to the simulator's stand-in. The real conversation engine stays out; {@link ScriptedConversation}
 * answers. Subclasses share this one Spring context: add no configuration to them.
 *
 * <p>This context has a database of its own (also in the PostgreSQL run, where the others share one): every context's
 * outbox retry job sends whatever batches are due in its database to its own Messaging API, so sharing one with the
 * WireMock-backed contexts would send their batches to the simulator and the simulator's to WireMock. The simulator
 * keeps nothing in the database; the line module's tables are tested on PostgreSQL by its own tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "app.line.channel-secret=",
        "app.line.channel-token=",
        "app.line.api-endpoint=",
        "app.conversation.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:simulator-it;DB_CLOSE_DELAY=-1",
        "spring.datasource.driver-class-name=org.h2.Driver",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
@ActiveProfiles("test")
@Import(ScriptedConversation.class)
abstract class AbstractSimulatorIT {

    @LocalServerPort
    protected int port;

    protected String base() {
        return "http://127.0.0.1:" + port;
    }
}
