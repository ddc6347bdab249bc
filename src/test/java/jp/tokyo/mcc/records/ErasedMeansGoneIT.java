package jp.tokyo.mcc.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import jp.tokyo.mcc.CareBotApplication;
import jp.tokyo.mcc.support.ByteScan;
import jp.tokyo.mcc.support.FamilyChat;
import jp.tokyo.mcc.support.FamilyMedia;
import jp.tokyo.mcc.support.LineApiStub;
import jp.tokyo.mcc.support.StaffClient;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Erased means gone, tested as the contract says: a real bot on a temporary {@code APP_DATA_DIR} (its embedded H2
 * file there; on CI's PostgreSQL run, that database), three families writing distinctive texts through signed
 * webhooks (a conversation, questions, one the FAQ could not answer, a hand-off with its confirmation, a
 * counsellor's answer, a photo and a file sent to the counsellor, fetched from the WireMock stand-in of LINE's data
 * API and kept as bytes in the database); one family erases on LINE
 * (「データを削除」, 「削除する」), another is erased by an administrator (a request by phone); clean shutdown. Then
 * every byte of every file under the folder and the captured log are searched for the erased families' texts and
 * LINE user ids, in every encoding they could be stored in. The third family's texts stay in the database; before the
 * erasure the H2 file did hold the first family's text (the search finds what is there).
 */
class ErasedMeansGoneIT {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--app.data-dir=" + dataDir,
                "--app.line.channel-secret=test-channel-secret", "--app.line.channel-token=test-channel-token",
                "--app.line.api-endpoint=" + LineApiStub.baseUrl(), "--app.flows.dir=flows",
                "--app.line.api-data-endpoint=" + LineApiStub.baseUrl(), "--app.attachments.poll-interval=200ms",
                "--app.staff.bootstrap-admin-username=" + StaffClient.ADMIN,
                "--app.staff.bootstrap-admin-password=" + StaffClient.ADMIN_PASSWORD,
                "--app.retention.purge-after-start=false"));
        // the application's own datasource: the H2 file under APP_DATA_DIR, or SPRING_DATASOURCE_URL's database
        return new SpringApplicationBuilder(CareBotApplication.class).run(args.toArray(String[]::new));
    }

    private static boolean onH2() {
        String external = System.getenv("SPRING_DATASOURCE_URL");
        return external == null || external.isBlank();
    }

    @Test
    void erasedTextsAreFoundNowhereUnderTheDataFolderNorInTheLog() {
        LineApiStub.resetToHealthy();
        String a = token();
        String b = token();
        String c = token();
        String photo = token(); // inside the bytes of the photo family A sends
        String aWords = "夜中の吸引がつらいです" + a;
        String bWords = "胃ろうの注入のことで困っています" + b;
        String cWords = "きょうだいの預け先をさがしています" + c;
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        String aUser;
        String bUser;

        ConfigurableApplicationContext bot = start();
        try {
            Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            log.start();
            root.addAppender(log);
            int port = Integer.parseInt(bot.getEnvironment().getProperty("local.server.port"));
            JdbcClient jdbc = bot.getBean(JdbcClient.class);
            StaffClient admin = StaffClient.admin(port);

            FamilyChat familyA = new FamilyChat(port);
            aUser = familyA.userId();
            familyA.follow();
            familyA.say("ショートステイのことを教えて" + a);
            familyA.say("うちの犬の散歩の時間" + a); // a question the FAQ cannot answer: kept with their words
            assertThat(jdbc.sql("SELECT COUNT(*) FROM knowledge_unanswered_question WHERE user_id = ?").param(aUser)
                    .query(Long.class).single()).isPositive();
            handOver(familyA, aWords);
            long aInquiry = inquiryOf(jdbc, a);
            assertThat(admin.post("/api/inquiries/" + aInquiry + "/messages",
                    "{\"text\":\"相談員です。吸引のこと、一緒に考えましょう" + a + "\"}").status()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(20)).until(() -> familyA.botTexts().stream().anyMatch(t -> t.contains("相談員です")));
            familyA.sayQuietly("ありがとうございます。また連絡します" + a); // to the counsellor: the bot stays quiet
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT COUNT(*) FROM inquiry_message "
                    + "WHERE inquiry_id = ? AND body LIKE ?").params(aInquiry, "%また連絡します%").query(Long.class).single() > 0);
            sendPhotoAndFile(port, aUser, photo, a);
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT COUNT(*) FROM inquiry_attachment "
                    + "WHERE inquiry_id = ? AND state = 'STORED'").param(aInquiry).query(Long.class).single() == 2);

            FamilyChat familyB = new FamilyChat(port);
            bUser = familyB.userId();
            familyB.follow();
            handOver(familyB, bWords);
            long bInquiry = inquiryOf(jdbc, b);

            FamilyChat familyC = new FamilyChat(port);
            familyC.follow();
            handOver(familyC, cWords);

            if (onH2()) {
                jdbc.sql("CHECKPOINT").update();
                assertThat(ByteScan.find(dataDir, a)).as("the H2 file holds family A's words before the erasure")
                        .isNotEmpty();
                assertThat(ByteScan.find(dataDir, photo)).as("the H2 file holds family A's photo before the erasure")
                        .isNotEmpty();
            }

            // family A asks on LINE
            assertThat(String.join("\n", familyA.say("データを削除"))).contains("削除するもの", "削除しますか");
            assertThat(String.join("\n", familyA.tap("削除する"))).contains("削除しました");
            // family B asked by phone; an administrator erases
            StaffClient.Response erased = admin.post("/api/inquiries/" + bInquiry + "/erase", null);
            assertThat(erased.status()).isEqualTo(200);
            assertThat(erased.json().path("counts").path("inquiry.anonymised").asInt()).isEqualTo(1);
            await().atMost(Duration.ofSeconds(20)).until(() -> familyB.botTexts().stream().anyMatch(t -> t.contains("削除しました")));
            // the last messages to them are deleted once sent: no row names their chat any more
            await().atMost(Duration.ofSeconds(20)).until(() -> rowsMentioning(jdbc, aUser) + rowsMentioning(jdbc, bUser) == 0);

            for (String erasedText : List.of(a, b)) {
                assertThat(rowsMentioning(jdbc, erasedText)).as("rows with an erased family's text").isZero();
            }
            assertThat(rowsMentioning(jdbc, c)).as("the kept family's text is in the database").isPositive();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM inquiry WHERE id IN (?, ?) AND anonymised_at IS NOT NULL")
                    .params(aInquiry, bInquiry).query(Long.class).single()).as("counted still, anonymous").isEqualTo(2);
        } finally {
            bot.close(); // a clean shutdown: on H2, the file is compacted
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(log);
        }

        // everything the application logged (WireMock, the test's stand-in for LINE, is not the application)
        String logged = log.list.stream().filter(e -> !isLineStandIn(e.getLoggerName()))
                .map(ErasedMeansGoneIT::render).collect(Collectors.joining("\n"));
        assertThat(logged).as("the captured log").isNotEmpty();
        for (String gone : List.of(a, b, aWords, bWords, aUser, bUser, photo)) {
            assertThat(ByteScan.find(dataDir, gone)).as("files under APP_DATA_DIR holding %s", gone).isEmpty();
            assertThat(logged).as("the log").doesNotContain(gone);
        }
        if (onH2()) {
            assertThat(Files.exists(dataDir.resolve("mccbot.mv.db"))).isTrue();
            assertThat(log.list.stream().filter(e -> e.getFormattedMessage().startsWith("H2 file compacted")))
                    .as("the H2 file compacted once, at the shutdown").hasSize(1);
        }
    }

    /**
     * Family A sends the counsellor a photo (a JPEG whose comment segment holds {@code marker}) and a PDF named after
     * {@code token}; LINE's data API (WireMock) has both.
     */
    private static void sendPhotoAndFile(int port, String userId, String marker, String token) {
        byte[] text = ("photo " + marker).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] jpeg = new byte[6 + text.length + 2];
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;
        jpeg[3] = (byte) 0xFE; // a comment segment
        jpeg[4] = 0;
        jpeg[5] = (byte) (text.length + 2);
        System.arraycopy(text, 0, jpeg, 6, text.length);
        jpeg[jpeg.length - 2] = (byte) 0xFF;
        jpeg[jpeg.length - 1] = (byte) 0xD9;
        String photoId = FamilyMedia.newMessageId();
        FamilyMedia.content(photoId, jpeg, "image/jpeg");
        String fileId = FamilyMedia.newMessageId();
        byte[] pdf = FamilyMedia.pdf(300);
        FamilyMedia.content(fileId, pdf, "application/pdf");
        Webhooks.post(port, Webhooks.body(FamilyMedia.image(userId, photoId, Webhooks.newToken()),
                FamilyMedia.file(userId, fileId, "診断書" + token + ".pdf", pdf.length, Webhooks.newToken())));
    }

    private static void handOver(FamilyChat family, String concern) {
        family.say("相談員と話したい");
        family.tap("その他");
        family.say("中野区");
        family.say("5歳");
        family.tap("これで全部");
        family.say(concern);
        assertThat(String.join("\n", family.tap("このLINEで"))).contains("送ってよろしいですか");
        assertThat(String.join("\n", family.tap("この内容で送る"))).contains("受付番号");
    }

    private static long inquiryOf(JdbcClient jdbc, String token) {
        return jdbc.sql("SELECT id FROM inquiry WHERE concern LIKE ?").param("%" + token + "%").query(Long.class).single();
    }

    /** Rows of any table with a character column holding the text (the application's tables, on H2 or PostgreSQL). */
    private static long rowsMentioning(JdbcClient jdbc, String text) {
        List<Map<String, Object>> columns = jdbc.sql("SELECT table_name, column_name FROM information_schema.columns "
                        + "WHERE LOWER(table_schema) = 'public' AND (LOWER(data_type) LIKE '%char%' "
                        + "OR LOWER(data_type) IN ('text', 'clob', 'character large object', 'json', 'jsonb'))")
                .query().listOfRows();
        long rows = 0;
        for (Map<String, Object> column : columns) {
            String table = String.valueOf(column.values().toArray()[0]);
            String name = String.valueOf(column.values().toArray()[1]);
            // quoted as the catalogue spells them (H2 keeps Flyway's lower-case table as it was created)
            rows += jdbc.sql("SELECT COUNT(*) FROM \"" + table + "\" WHERE CAST(\"" + name + "\" AS VARCHAR(1000000)) "
                            + "LIKE ?")
                    .param("%" + text + "%").query(Long.class).single();
        }
        return rows;
    }

    private static String token() {
        return "Qz" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static boolean isLineStandIn(String loggerName) {
        String name = loggerName.toLowerCase();
        return name.contains("wiremock") || name.startsWith("org.eclipse.jetty");
    }

    private static String render(ILoggingEvent event) {
        StringBuilder sb = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
        sb.append(' ').append(event.getMDCPropertyMap());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            sb.append(' ').append(t.getClassName()).append(": ").append(t.getMessage());
        }
        return sb.toString();
    }
}
