package jp.tokyo.mcc.inquiry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.HandoffReceipt;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.staff.AuditLog;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.FamilyMedia;
import jp.tokyo.mcc.support.Handoffs;
import jp.tokyo.mcc.support.LineApiStub;
import jp.tokyo.mcc.support.StaffClient;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Photos, videos and files families send during an inquiry, through signed webhooks and the WireMock stand-in of
 * LINE's data API: fetched off the webhook's path, kept with the inquiry (type by magic bytes, size limited: 1 MB in
 * the tests), shown to the counsellors of the inquiry's center only (the same bytes, audited), retried while LINE's
 * data API fails, recorded kindly when LINE no longer has them; too large or of a type not allowed, the family is told;
 * outside an inquiry nothing is fetched or kept; erasure deletes the bytes.
 */
class AttachmentsIT extends AbstractBotIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    CounsellorDesk desk;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    /** A family with an open inquiry at the 区部 center: its id, as the staff API names it. */
    private record Opened(String userId, String inquiryId) {
    }

    private Opened openInquiry() {
        String family = Webhooks.newUserId();
        HandoffReceipt receipt = desk.open(Handoffs.request(family, CenterId.KUBU));
        String id = StaffClient.admin(port).get("/api/inquiries/" + receipt.inquiryNumber()).json().path("id").asText();
        return new Opened(family, id);
    }

    private void send(String event) {
        assertThat(Webhooks.post(port, Webhooks.body(event)).statusCode()).isEqualTo(200);
    }

    /** The attachments of the inquiry's family lines, as the staff API shows them. */
    private static List<JsonNode> attachments(StaffClient staff, String inquiryId) {
        List<JsonNode> found = new ArrayList<>();
        staff.get("/api/inquiries/" + inquiryId).json().path("messages")
                .forEach(m -> m.path("attachments").forEach(found::add));
        return found;
    }

    private static JsonNode settled(StaffClient staff, String inquiryId) {
        await().atMost(WAIT).until(() -> attachments(staff, inquiryId).stream()
                .anyMatch(a -> !"pending".equals(a.path("state").asText())));
        return attachments(staff, inquiryId).get(0);
    }

    private static List<String> toFamily(String userId) {
        List<String> texts = new ArrayList<>();
        LineApiStub.allRequestsMentioning(userId).forEach(r -> texts.addAll(LineApiStub.texts(r)));
        return texts;
    }

    @Test
    void aPhotoDuringAnInquiryReachesTheCounsellorsOfItsCenterOnly() {
        Opened opened = openInquiry();
        String messageId = FamilyMedia.newMessageId();
        byte[] photo = FamilyMedia.jpeg(64, 48);
        // LINE declares a type; the bytes decide
        FamilyMedia.content(messageId, photo, "application/octet-stream");

        send(FamilyMedia.image(opened.userId(), messageId, Webhooks.newToken()));

        StaffClient counsellor = StaffClient.newCounsellor(port, "kubu");
        JsonNode attachment = settled(counsellor, opened.inquiryId());
        assertThat(attachment.path("state").asText()).isEqualTo("stored");
        assertThat(attachment.path("type").asText()).isEqualTo("image");
        assertThat(attachment.path("contentType").asText()).isEqualTo("image/jpeg");
        assertThat(attachment.path("size").asLong()).isEqualTo(photo.length);
        String path = "/api/inquiries/" + opened.inquiryId() + "/attachments/" + attachment.path("id").asText();

        HttpResponse<byte[]> bytes = counsellor.getBytes(path);
        assertThat(bytes.statusCode()).isEqualTo(200);
        assertThat(bytes.body()).isEqualTo(photo);
        assertThat(bytes.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(bytes.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(bytes.headers().firstValue("Content-Disposition").orElse("")).startsWith("inline");
        String etag = bytes.headers().firstValue("ETag").orElseThrow();
        assertThat(counsellor.getBytes(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(audit.about("inquiry", opened.inquiryId()))
                .filteredOn(e -> e.action().equals("VIEW_ATTACHMENT"))
                .as("the read is audited with the inquiry, the 304 is not (nothing was read)")
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(counsellor.username());
                    assertThat(e.detail()).isEqualTo("attachment " + attachment.path("id").asText());
                });

        StaffClient otherCenter = StaffClient.newCounsellor(port, "tama");
        assertThat(otherCenter.getBytes(path).statusCode()).isIn(403, 404);
        assertThat(otherCenter.get("/api/inquiries/" + opened.inquiryId()).status()).isIn(403, 404);
        assertThat(StaffClient.anonymous(port).getBytes(path).statusCode()).isEqualTo(401);
        assertThat(StaffClient.admin(port).getBytes(path).body()).isEqualTo(photo);
        assertThat(toFamily(opened.userId())).as("nothing said about the photo (an out-of-hours notice may come)")
                .noneMatch(t -> t.contains("お届けできませんでした"));
    }

    @Test
    void whatIsTooLargeOrNotAllowedIsRefusedAndTheFamilyToldKindly() {
        Opened opened = openInquiry();
        String tooLarge = FamilyMedia.newMessageId();
        byte[] large = new byte[1024 * 1024 + 1];
        large[0] = (byte) 0xFF;
        large[1] = (byte) 0xD8;
        large[2] = (byte) 0xFF;
        FamilyMedia.content(tooLarge, large, "image/jpeg");
        send(FamilyMedia.image(opened.userId(), tooLarge, Webhooks.newToken()));
        StaffClient admin = StaffClient.admin(port);
        JsonNode refused = settled(admin, opened.inquiryId());
        assertThat(refused.path("state").asText()).isEqualTo("refused");
        assertThat(refused.path("problem").asText()).isEqualTo("too_large");
        await().atMost(WAIT).until(() -> toFamily(opened.userId()).stream().anyMatch(t -> t.contains("大きすぎて")
                && t.contains("1MB")));

        // a file LINE says is too large is not fetched at all: the answer comes at once
        String bigFile = FamilyMedia.newMessageId();
        String token = Webhooks.newToken();
        send(FamilyMedia.file(opened.userId(), bigFile, "診断書.pdf", 5L * 1024 * 1024, token));
        await().atMost(WAIT).until(() -> LineApiStub.requests(LineApiStub.REPLY, token).size() == 1);
        assertThat(LineApiStub.texts(LineApiStub.requests(LineApiStub.REPLY, token).get(0)).get(0)).contains("大きすぎて");
        assertThat(FamilyMedia.contentRequests(bigFile)).isZero();

        // a program sent as a file, and a PDF sent as a photo: the bytes decide, the allow-list refuses
        String program = FamilyMedia.newMessageId();
        FamilyMedia.content(program, "MZ\u0090\u0000 not a document".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                "application/pdf");
        send(FamilyMedia.file(opened.userId(), program, "お薬の一覧.pdf", 30, Webhooks.newToken()));
        String pdfAsPhoto = FamilyMedia.newMessageId();
        FamilyMedia.content(pdfAsPhoto, FamilyMedia.pdf(2000), "image/jpeg");
        send(FamilyMedia.image(opened.userId(), pdfAsPhoto, Webhooks.newToken()));
        await().atMost(WAIT).until(() -> attachments(admin, opened.inquiryId()).stream()
                .filter(a -> "type".equals(a.path("problem").asText())).count() == 2);
        assertThat(toFamily(opened.userId())).filteredOn(t -> t.contains("この形式では")).hasSize(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inquiry_attachment_content c JOIN inquiry_attachment a "
                + "ON a.id = c.attachment_id WHERE a.inquiry_id = ?").param(Long.parseLong(opened.inquiryId()))
                .query(Long.class).single()).as("no bytes kept of what was refused").isZero();
        // the counsellor sees what the family was told
        String transcript = String.join("\n", admin.get("/api/inquiries/" + opened.inquiryId()).json()
                .path("messages").findValuesAsText("text"));
        assertThat(transcript).contains("大きすぎて", "この形式では");
    }

    @Test
    void anEnglishFamilyIsToldInEnglish() {
        Opened opened = openInquiry();
        jdbc.sql("INSERT INTO family_language (user_id, language, chosen, attempts, updated_at) "
                + "VALUES (?, 'en', TRUE, 0, CURRENT_TIMESTAMP)").param(opened.userId()).update();
        String bigFile = FamilyMedia.newMessageId();
        String token = Webhooks.newToken();
        send(FamilyMedia.file(opened.userId(), bigFile, "report.pdf", 5L * 1024 * 1024, token));
        await().atMost(WAIT).until(() -> LineApiStub.requests(LineApiStub.REPLY, token).size() == 1);
        assertThat(LineApiStub.texts(LineApiStub.requests(LineApiStub.REPLY, token).get(0)).get(0))
                .contains("The file you sent is too large").contains("1MB");
    }

    @Test
    void whileLinesDataApiFailsTheDownloadIsRetriedUntilItWorks() {
        Opened opened = openInquiry();
        String messageId = FamilyMedia.newMessageId();
        byte[] pdf = FamilyMedia.pdf(4000);
        var server = LineApiStub.server();
        String scenario = "outage-" + messageId;
        server.stubFor(get(urlPathEqualTo(FamilyMedia.contentPath(messageId))).atPriority(1).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(500))
                .willSetStateTo("still down"));
        server.stubFor(get(urlPathEqualTo(FamilyMedia.contentPath(messageId))).atPriority(1).inScenario(scenario)
                .whenScenarioStateIs("still down").willReturn(aResponse().withStatus(503))
                .willSetStateTo("up"));
        server.stubFor(get(urlPathEqualTo(FamilyMedia.contentPath(messageId))).atPriority(1).inScenario(scenario)
                .whenScenarioStateIs("up").willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/pdf").withBody(pdf)));

        send(FamilyMedia.file(opened.userId(), messageId, "退院サマリー.pdf", pdf.length, Webhooks.newToken()));

        StaffClient admin = StaffClient.admin(port);
        JsonNode stored = settled(admin, opened.inquiryId());
        assertThat(stored.path("state").asText()).isEqualTo("stored");
        assertThat(stored.path("contentType").asText()).isEqualTo("application/pdf");
        assertThat(stored.path("fileName").asText()).isEqualTo("退院サマリー.pdf");
        assertThat(FamilyMedia.contentRequests(messageId)).isEqualTo(3);
        HttpResponse<byte[]> bytes = admin.getBytes("/api/inquiries/" + opened.inquiryId() + "/attachments/"
                + stored.path("id").asText());
        assertThat(bytes.body()).isEqualTo(pdf);
        assertThat(bytes.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
    }

    @Test
    void contentLineNoLongerHasIsRecordedForStaffAndAVideoWaitsUntilLineHasPreparedIt() {
        Opened opened = openInquiry();
        String gone = FamilyMedia.newMessageId();
        FamilyMedia.answer(gone, aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"Not found\"}"));
        send(FamilyMedia.image(opened.userId(), gone, Webhooks.newToken()));
        StaffClient admin = StaffClient.admin(port);
        JsonNode failed = settled(admin, opened.inquiryId());
        assertThat(failed.path("state").asText()).isEqualTo("failed");
        assertThat(failed.path("problem").asText()).isEqualTo("expired");
        assertThat(toFamily(opened.userId())).noneMatch(t -> t.contains("お届けできませんでした"));

        String video = FamilyMedia.newMessageId();
        byte[] mp4 = new byte[3000];
        System.arraycopy("\u0000\u0000\u0000\u0018ftypmp42".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                0, mp4, 0, 12);
        String transcoding = FamilyMedia.contentPath(video) + "/transcoding";
        var server = LineApiStub.server();
        String scenario = "transcoding-" + video;
        server.stubFor(get(urlPathEqualTo(transcoding)).atPriority(1).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(LineApiStub.okJson("{\"status\":\"processing\"}"))
                .willSetStateTo("ready"));
        server.stubFor(get(urlPathEqualTo(transcoding)).atPriority(1).inScenario(scenario)
                .whenScenarioStateIs("ready").willReturn(LineApiStub.okJson("{\"status\":\"succeeded\"}")));
        FamilyMedia.content(video, mp4, "video/mp4");
        send(FamilyMedia.video(opened.userId(), video, Webhooks.newToken()));
        await().atMost(WAIT).until(() -> attachments(admin, opened.inquiryId()).stream()
                .anyMatch(a -> "video".equals(a.path("type").asText()) && "stored".equals(a.path("state").asText())));
        assertThat(FamilyMedia.contentRequests(video)).as("fetched once LINE had prepared it").isEqualTo(1);
    }

    @Test
    void outsideAnInquiryAPhotoIsNeitherFetchedNorKeptAndTheFamilyIsToldWhatTheBotCanDo() {
        String family = Webhooks.newUserId();
        String messageId = FamilyMedia.newMessageId();
        FamilyMedia.content(messageId, FamilyMedia.jpeg(32, 32), "image/jpeg");
        String token = Webhooks.newToken();

        send(FamilyMedia.image(family, messageId, token));

        await().atMost(WAIT).until(() -> !LineApiStub.requests(LineApiStub.REPLY, token).isEmpty());
        String answer = String.join("\n", LineApiStub.texts(LineApiStub.requests(LineApiStub.REPLY, token).get(0)));
        assertThat(answer).contains("相談員と話したい", "保存もしていません");
        assertThat(FamilyMedia.contentRequests(messageId)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inquiry_attachment WHERE line_message_id = ?").param(messageId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void erasingTheFamilyDeletesWhatTheySentWithItsBytes() {
        Opened opened = openInquiry();
        String messageId = FamilyMedia.newMessageId();
        FamilyMedia.content(messageId, FamilyMedia.jpeg(20, 20), "image/jpeg");
        send(FamilyMedia.image(opened.userId(), messageId, Webhooks.newToken()));
        StaffClient admin = StaffClient.admin(port);
        JsonNode stored = settled(admin, opened.inquiryId());
        String path = "/api/inquiries/" + opened.inquiryId() + "/attachments/" + stored.path("id").asText();
        assertThat(admin.getBytes(path).statusCode()).isEqualTo(200);

        JsonNode erased = admin.post("/api/inquiries/" + opened.inquiryId() + "/erase", null).json();

        assertThat(erased.path("counts").path("inquiry.attachments").asInt()).isEqualTo(1);
        assertThat(admin.getBytes(path).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inquiry_attachment_content WHERE attachment_id = ?")
                .param(stored.path("id").asLong()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inquiry_attachment WHERE line_message_id = ?").param(messageId)
                .query(Long.class).single()).isZero();
    }
}
