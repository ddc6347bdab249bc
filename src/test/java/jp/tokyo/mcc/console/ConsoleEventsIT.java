package jp.tokyo.mcc.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.HandoffReceipt;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.Handoffs;
import jp.tokyo.mcc.support.StaffClient;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The console's event stream tells a counsellor about their own center's inquiries only. */
class ConsoleEventsIT extends AbstractBotIT {

    @Autowired
    CounsellorDesk desk;

    private long idOf(HandoffReceipt receipt) {
        return StaffClient.admin(port).get("/api/inquiries/" + receipt.inquiryNumber()).json().get("id").asLong();
    }

    @Test
    void aCounsellorHearsOnlyAboutTheirOwnCenter() {
        StaffClient kubu = StaffClient.newCounsellor(port, "kubu");
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        StaffClient.Session session = new StaffClient.Session(port, http);
        assertThat(session.login(kubu.username(), StaffClient.PASSWORD).statusCode()).isEqualTo(302);

        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<HttpResponse<Void>> stream = http.sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/console/events"))
                        .header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofByteArrayConsumer(bytes -> bytes.ifPresent(
                        b -> lines.add(new String(b, java.nio.charset.StandardCharsets.UTF_8)))));
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> String.join("", lines).contains("connected"));
            long tama = idOf(desk.open(Handoffs.request(Webhooks.newUserId(), CenterId.TAMA)));
            long own = idOf(desk.open(Handoffs.request(Webhooks.newUserId(), CenterId.KUBU)));
            await().atMost(Duration.ofSeconds(10)).until(() -> String.join("", lines).contains("\"id\":" + own + ","));
            String all = String.join("", lines);
            assertThat(all).contains("event:inquiry", "\"kind\":\"OPENED\"").doesNotContain("\"id\":" + tama + ",");
        } finally {
            stream.cancel(true);
        }
    }
}
