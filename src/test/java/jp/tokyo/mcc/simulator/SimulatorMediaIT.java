package jp.tokyo.mcc.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.support.FamilyMedia;
import jp.tokyo.mcc.support.Handoffs;
import jp.tokyo.mcc.support.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Without a LINE channel, a tester sends a photo from the simulator (the page's file input posts it): it reaches the
 * bot as LINE's image message, the bot fetches it from the simulator's stand-in of the data API, and the counsellor
 * gets the same bytes from the staff API. The whole path, no LINE.
 */
class SimulatorMediaIT extends AbstractSimulatorIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    CounsellorDesk desk;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPhotoSentInTheSimulatorReachesTheCounsellor() throws Exception {
        SimulatorClient sim = new SimulatorClient(port);
        String user = sim.newUser("写真");
        String number = desk.open(Handoffs.request(user, CenterId.TAMA)).inquiryNumber();
        byte[] photo = FamilyMedia.jpeg(50, 40);

        HttpResponse<String> sent = postFile(user, "rash.jpg", "image/jpeg", photo);

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(sim.entries(user, "user")).anyMatch(e -> "image".equals(e.path("type").asText()));
        StaffClient admin = StaffClient.admin(port);
        await().atMost(Duration.ofSeconds(30)).until(() -> attachment(admin, number) != null
                && "stored".equals(attachment(admin, number).path("state").asText()));
        JsonNode attachment = attachment(admin, number);
        assertThat(attachment.path("contentType").asText()).isEqualTo("image/jpeg");
        String id = admin.get("/api/inquiries/" + number).json().path("id").asText();
        assertThat(admin.getBytes("/api/inquiries/" + id + "/attachments/" + attachment.path("id").asText()).body())
                .isEqualTo(photo);
    }

    private static JsonNode attachment(StaffClient staff, String number) {
        for (JsonNode m : staff.get("/api/inquiries/" + number).json().path("messages")) {
            if (m.path("attachments").size() > 0) {
                return m.path("attachments").get(0);
            }
        }
        return null;
    }

    private HttpResponse<String> postFile(String user, String name, String type, byte[] bytes) throws Exception {
        String boundary = "----sim" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(bytes);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/simulator/api/users/" + user + "/media"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
