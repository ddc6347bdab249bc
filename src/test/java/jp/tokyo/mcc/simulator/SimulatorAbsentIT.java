package jp.tokyo.mcc.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jp.tokyo.mcc.support.AbstractBotIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** With a channel secret (the shared test context) the simulator does not exist. */
class SimulatorAbsentIT extends AbstractBotIT {

    @Autowired
    ApplicationContext context;

    @Test
    void noSimulatorBeansWithAChannelSecret() {
        assertThat(context.getBeansOfType(SimulatedChats.class)).isEmpty();
        assertThat(context.getBeansOfType(MessagingApiStandIn.class)).isEmpty();
        assertThat(context.getBeansOfType(SimulatorPageController.class)).isEmpty();
        assertThat(context.getBeansOfType(SimulatorApiController.class)).isEmpty();
        assertThat(context.getBeansOfType(RootRedirect.class)).isEmpty();
        assertThat(context.getBeansOfType(LineApiPathForwarding.class)).isEmpty();
    }

    @Test
    void simulatorPathsAreNotServed() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : new String[] {"/simulator", "/simulator/api/users", "/"}) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(path).isIn(401, 403, 404);
            assertThat(page.headers().firstValue("Location")).as(path).isEmpty();
        }
        HttpResponse<String> push = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/simulator/line-api/v2/bot/message/push"))
                .header("Authorization", "Bearer x").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"U1\",\"messages\":[{\"type\":\"text\",\"text\":\"x\"}]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(push.statusCode()).isIn(401, 403, 404);
    }
}
