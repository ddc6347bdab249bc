package jp.tokyo.mcc.richmenu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import jp.tokyo.mcc.CareBotApplication;
import jp.tokyo.mcc.support.LineOpenApi;
import jp.tokyo.mcc.support.RichMenuStandIn;
import jp.tokyo.mcc.support.StaffClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The rich menu of flows/rich-menu.yaml in LINE (docs/contract.md: created at start and set as default; a restart does
 * not leave a second one), against WireMock stand-ins of LINE's Messaging API and data API that remember the menus:
 * created once with its image (on the data endpoint) and made the default; a restart, or two processes starting
 * together on one database, leave exactly one; a published change replaces it and deletes the old; LINE down at start
 * does not stop the bot starting, and the menu is put in place once LINE answers. Every create body is valid against
 * LINE's OpenAPI spec.
 */
class RichMenuIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private final List<ConfigurableApplicationContext> running = new ArrayList<>();
    private RichMenuStandIn line;
    private String database;

    @BeforeEach
    void standIn() {
        line = new RichMenuStandIn(LineOpenApi.load());
        database = "richmenu-" + UUID.randomUUID();
    }

    @AfterEach
    void stop() {
        running.forEach(ConfigurableApplicationContext::close);
        line.close();
    }

    private ConfigurableApplicationContext start() {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--app.rich-menu.enabled=true",
                "--app.line.api-endpoint=" + line.apiUrl(),
                "--app.line.api-data-endpoint=" + line.dataUrl(),
                "--app.rich-menu.first-retry=200ms", "--app.rich-menu.max-retry=1s", "--app.rich-menu.lease=10s"));
        String external = System.getenv("SPRING_DATASOURCE_URL");
        if (external == null || external.isBlank()) {
            // one in-memory database shared by every start of a test (a restart, a second process); on CI's PostgreSQL
            // run the environment's database plays that part
            args.add("--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CareBotApplication.class)
                .profiles("test").run(args.toArray(String[]::new));
        running.add(context);
        return context;
    }

    private void awaitOneDefaultMenu() {
        await().atMost(PATIENCE).until(() -> line.menus().size() == 1 && line.defaultId() != null
                && line.defaultId().equals(line.menus().get(0).id()) && line.menus().get(0).image() != null);
    }

    @Test
    void createdOnceAtStartWithItsImageAndMadeTheDefaultAndARestartLeavesItAlone() throws IOException {
        try (ConfigurableApplicationContext first = start()) {
            awaitOneDefaultMenu();
            RichMenuStandIn.Menu menu = line.menus().get(0);
            JsonNode request = menu.request();
            assertThat(request.path("chatBarText").asText()).isEqualTo("メニューはこちら");
            assertThat(request.path("selected").asBoolean()).isTrue();
            assertThat(request.path("size").path("width").asInt()).isEqualTo(2500);
            assertThat(request.path("size").path("height").asInt()).isEqualTo(1686);
            // the areas send the flows' commands, as the family would type them
            Map<String, String> sent = new java.util.LinkedHashMap<>();
            request.path("areas").forEach(a -> sent.put(a.path("action").path("label").asText(),
                    a.path("action").path("text").asText()));
            assertThat(sent).containsExactly(Map.entry("メニュー", "メニュー"), Map.entry("よくある質問", "よくある質問"),
                    Map.entry("相談員に相談", "相談員と話したい"), Map.entry("緊急のとき", "緊急のとき"),
                    Map.entry("データを削除", "データを削除"), Map.entry("ことば", "ことば / Language"));
            // the image LINE got: a PNG of the menu's size, within LINE's 1 MB, uploaded on the data endpoint
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(menu.image()));
            assertThat(image.getWidth()).isEqualTo(2500);
            assertThat(image.getHeight()).isEqualTo(1686);
            assertThat(menu.image().length).isLessThanOrEqualTo(1024 * 1024);
            assertThat(line.uploads()).isEqualTo(1);
            assertThat(line.specProblems()).isEmpty();
        }
        running.clear();
        try (ConfigurableApplicationContext again = start()) {
            await().atMost(PATIENCE).until(() -> lastAttemptDone(again));
            assertThat(line.creates()).as("a restart creates no second menu").isEqualTo(1);
            awaitOneDefaultMenu();
        }
    }

    @Test
    void aPublishedChangeReplacesTheMenuAndDeletesTheOld() {
        ConfigurableApplicationContext bot = start();
        awaitOneDefaultMenu();
        String before = line.menus().get(0).id();
        String changed = bot.getBean(jp.tokyo.mcc.shared.AdminFiles.class).published().file("rich-menu.yaml")
                .orElseThrow().content().replace("chat-bar: メニューはこちら", "chat-bar: メニュー");
        StaffClient admin = StaffClient.admin(port(bot));
        assertThat(admin.put("/api/admin/drafts/rich-menu.yaml", changed, "text/plain; charset=UTF-8").status())
                .isEqualTo(200);
        assertThat(admin.post("/api/admin/publish/rich-menu.yaml", null).status()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> line.menus().size() == 1 && !line.menus().get(0).id().equals(before)
                && line.menus().get(0).id().equals(line.defaultId()));
        assertThat(line.menus().get(0).request().path("chatBarText").asText()).isEqualTo("メニュー");
        assertThat(line.creates()).isEqualTo(2);
        assertThat(line.specProblems()).isEmpty();

        // a draft with problems is refused in Japanese, with the line and column, and LINE's menu stays
        String bad = "chat-bar: トーク画面の下のメニューを開くバー\nsize: large\nrows:\n"
                + "  - - { label: メニュー, command: menu }\n    - { label: ひみつ, command: secret }\n";
        StaffClient.Response answer = admin.put("/api/admin/drafts/rich-menu.yaml", bad, "text/plain; charset=UTF-8");
        assertThat(answer.status()).isEqualTo(422);
        JsonNode problems = answer.json().path("problems");
        assertThat(problems.toString()).contains("chat-bar", "14", "secret");
        List<Integer> lines = new ArrayList<>();
        problems.forEach(p -> lines.add(p.path("line").asInt()));
        assertThat(lines).contains(1, 5);
        assertThat(admin.post("/api/admin/publish/rich-menu.yaml", null).status()).isEqualTo(422);
        assertThat(line.creates()).isEqualTo(2);
        // the draft is discarded: on CI's PostgreSQL run the database is shared with the suite's other contexts, whose
        // "publish every draft" would meet it
        assertThat(admin.delete("/api/admin/drafts/rich-menu.yaml").status()).isIn(200, 204);
    }

    @Test
    void twoProcessesOnOneDatabaseMakeOneMenu() {
        // both start while LINE is down, so both keep trying; when LINE answers they try at the same moments, and
        // the lease lets one of them make the menu while the other finds it made
        line.setOutage(true);
        ConfigurableApplicationContext first = start();
        ConfigurableApplicationContext second = start();
        line.setOutage(false);
        awaitOneDefaultMenu();
        await().atMost(PATIENCE).until(() -> lastAttemptDone(first) && lastAttemptDone(second));
        assertThat(line.creates()).isEqualTo(1);
        assertThat(line.menus()).hasSize(1);
    }

    @Test
    void lineDownAtStartDoesNotStopTheBotAndTheMenuComesOnceLineAnswers() {
        line.setOutage(true);
        ConfigurableApplicationContext bot = start();
        assertThat(bot.isActive()).isTrue();
        assertThat(line.menus()).isEmpty();
        line.setOutage(false);
        awaitOneDefaultMenu();
        assertThat(line.creates()).isEqualTo(1);
        assertThat(lastAttemptDone(bot)).isTrue();
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** This process has the published menu in place in LINE (it made it, or found it made). */
    private static boolean lastAttemptDone(ConfigurableApplicationContext context) {
        RichMenus menus = context.getBean(RichMenus.class);
        return menus.current().map(RichMenu::hash).equals(menus.inLine());
    }
}
