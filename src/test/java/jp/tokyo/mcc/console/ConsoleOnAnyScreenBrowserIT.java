package jp.tokyo.mcc.console;

import static jp.tokyo.mcc.support.LineApiStub.PUSH;
import static jp.tokyo.mcc.support.LineApiStub.requests;
import static jp.tokyo.mcc.support.LineApiStub.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.HandoffReceipt;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.inquiry.OpenInquiries;
import jp.tokyo.mcc.staff.AuditLog;
import jp.tokyo.mcc.support.AbstractBotIT;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import jp.tokyo.mcc.support.Handoffs;
import jp.tokyo.mcc.support.LineApiStub;
import jp.tokyo.mcc.support.StaffClient;
import jp.tokyo.mcc.support.Webhooks;
import jp.tokyo.mcc.safety.SafetyAssessment;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The console on a phone (390 px) and at a desk, in Chromium: cards that fit, search, claim, Ctrl+Enter, unread marks,
 * Japan time whatever the browser's and the server's zone, the reply box beside the transcript, live claim state; and
 * on every console page no sideways scrolling at 390 px and no serious or critical axe-core violation.
 */
class ConsoleOnAnyScreenBrowserIT extends AbstractBotIT {

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy/M/d HH:mm:ss");

    @Autowired
    CounsellorDesk desk;

    @Autowired
    OpenInquiries openInquiries;

    @Autowired
    AuditLog audit;

    /** Checks the page as it is now: fits 390 px (phone) and has no serious accessibility violation. */
    private static void assertFitsAndAccessible(ConsoleBrowser browser, String page) throws Exception {
        long[] overflow = browser.overflow();
        if (browser.driver.manage().window().getSize().getWidth() > 0 && overflow[1] == ConsoleBrowser.PHONE_WIDTH) {
            assertThat(overflow[0]).as(page + " scrolls sideways at 390 px: " + browser.widerThanViewport())
                    .isZero();
        }
        assertThat(browser.seriousViolations()).as(page + ": axe-core serious or critical violations").isEmpty();
    }

    private static List<String> pushedTexts(String userId) {
        List<String> all = new ArrayList<>();
        requests(PUSH, userId).forEach(r -> all.addAll(texts(r)));
        return all;
    }

    @Test
    void counsellorSearchesClaimsAndRepliesOnAPhoneInJapanTime() throws Exception {
        TimeZone serverZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Honolulu"));
        try (ConsoleBrowser phone = ConsoleBrowser.phone(port)) {
            StaffClient counsellor = StaffClient.newCounsellor(port, "kubu");
            String family = Webhooks.newUserId();
            String word = "ひまわり" + System.nanoTime();
            HandoffReceipt mine = desk.open(Handoffs.request(family, CenterId.KUBU));
            long mineId = idOf(StaffClient.admin(port), mine);
            assertThat(openInquiries.takeOver(Handoffs.text(family, "吸引の回数が" + word + "増えました"), SafetyAssessment.NOTHING)).isTrue();
            String otherWord = "あさがお" + System.nanoTime();
            String tamaFamily = Webhooks.newUserId();
            desk.open(Handoffs.request(tamaFamily, CenterId.TAMA));
            assertThat(openInquiries.takeOver(Handoffs.text(tamaFamily, otherWord), SafetyAssessment.NOTHING)).isTrue();

            phone.open("/console/login");
            assertFitsAndAccessible(phone, "login");
            phone.login(counsellor.username(), StaffClient.PASSWORD);
            phone.waitForText("h1", "受付一覧");
            assertThat(phone.present(".inquiry-card")).isTrue();
            assertFitsAndAccessible(phone, "inquiry list");
            phone.screenshot("phone-inquiry-list.png");

            // search the transcript's words; another center's inquiry is never found
            phone.driver.findElement(By.id("q")).sendKeys(word);
            phone.driver.findElement(By.id("search")).click();
            phone.waitForText("#inquiry-list", "検索結果 1 件");
            assertThat(phone.textOf("#inquiry-list")).contains(mine.inquiryNumber());
            assertFitsAndAccessible(phone, "search results");
            phone.driver.findElement(By.id("q")).clear();
            phone.driver.findElement(By.id("q")).sendKeys(otherWord, Keys.ENTER);
            phone.waitForText("#inquiry-list", "条件にあう相談はありません");

            // the inquiry: Japan time, claim, Ctrl+Enter sends
            phone.open("/console/inquiries/" + mineId);
            phone.waitForText("#transcript", word);
            String createdAt = counsellor.get("/api/inquiries/" + mineId).json().path("createdAt").asText();
            String tokyo = FULL.format(Instant.parse(createdAt).atZone(ZoneId.of("Asia/Tokyo")));
            assertThat(phone.textOf("#case")).contains(tokyo);
            assertFitsAndAccessible(phone, "inquiry");
            phone.driver.findElement(By.id("claim")).click();
            phone.waitUpTo(10).until(d -> !phone.present("#claim"));
            WebElement reply = phone.driver.findElement(By.id("reply-text"));
            reply.sendKeys("相談員です。回数を教えてください。");
            reply.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            phone.waitForText(".flash.info", "送りました");
            await().atMost(Duration.ofSeconds(30)).until(() -> pushedTexts(family).contains("相談員です。回数を教えてください。"));
            assertFitsAndAccessible(phone, "inquiry after a reply");

            // a reply LINE refuses says so, why, and can be sent again
            StubMapping refuse = DeliveryTruthIT.refusePushes(family, 400, "Failed to send messages");
            try {
                phone.driver.findElement(By.id("reply-text")).sendKeys("届かない返信です。");
                phone.driver.findElement(By.id("send")).click();
                phone.waitUpTo(20).until(d -> {
                    String refused = phone.textOf(".d-REFUSED");
                    return refused != null && refused.contains("送れませんでした");
                });
                assertThat(phone.textOf(".d-REFUSED")).contains("届けられませんでした");
                assertFitsAndAccessible(phone, "inquiry with a refused reply");
                phone.screenshot("phone-inquiry.png");
            } finally {
                LineApiStub.server().removeStub(refuse);
            }
            phone.driver.findElement(By.cssSelector(".d-REFUSED .retry-button")).click();
            phone.waitForText(".flash.info", "もう一度送ります");
            phone.waitUpTo(20).until(d -> !phone.present(".d-REFUSED"));
            await().atMost(Duration.ofSeconds(30)).until(() -> pushedTexts(family).contains("届かない返信です。"));

            // a family message the holder has not opened yet is marked unread in the list, until opened
            // (the holder reading the inquiry when it comes has read it: the page is left first)
            phone.open("/console?tab=mine");
            phone.waitForText("#inquiry-list", mine.inquiryNumber());
            assertThat(phone.present("#unread-" + mineId)).isFalse();
            phone.waitUpTo(10).until(d -> "on".equals(phone.script("return document.body.dataset.live")));
            assertThat(openInquiries.takeOver(Handoffs.text(family, "一日に十回です"), SafetyAssessment.NOTHING)).isTrue();
            phone.waitForText("#unread-" + mineId, "未読");
            phone.open("/console/inquiries/" + mineId);
            phone.waitForText("#transcript", "一日に十回です");
            phone.open("/console?tab=mine");
            phone.waitForText("#inquiry-list", mine.inquiryNumber());
            assertThat(phone.present("#unread-" + mineId)).isFalse();

            // a label of the center, made and put on from the phone, shows on the inquiry and its card
            String label = "電話済み" + System.nanoTime() % 100000;
            phone.open("/console/inquiries/" + mineId);
            phone.driver.findElement(By.id("label-new")).sendKeys(label);
            phone.driver.findElement(By.id("label-create")).click();
            phone.waitForText("#labels", label);
            assertFitsAndAccessible(phone, "inquiry with a label");
            phone.open("/console?tab=mine");
            phone.waitForText("#inquiry-list", label);
        } finally {
            TimeZone.setDefault(serverZone);
        }
    }

    @Test
    void atADeskTheReplyBoxStaysBesideTheTranscriptAndAColleaguesClaimShowsLive() throws Exception {
        try (ConsoleBrowser browser = ConsoleBrowser.desk(port)) {
            StaffClient me = StaffClient.newCounsellor(port, "kubu");
            StaffClient colleague = StaffClient.newCounsellor(port, "kubu");
            String family = Webhooks.newUserId();
            HandoffReceipt inquiry = desk.open(Handoffs.request(family, CenterId.KUBU));
            long inquiryId = idOf(StaffClient.admin(port), inquiry);
            for (int i = 1; i <= 40; i++) {
                openInquiries.takeOver(Handoffs.text(family, "長いやりとりの" + i + "行目です。"), SafetyAssessment.NOTHING);
            }
            browser.login(me.username(), StaffClient.PASSWORD);
            browser.open("/console/inquiries/" + inquiryId);
            browser.waitForText("#transcript", "長いやりとりの40行目です。");
            assertFitsAndAccessible(browser, "inquiry at a desk");

            // the transcript scrolls inside; the reply box stays in view wherever it is scrolled
            assertThat((Boolean) browser.script("var l = document.querySelector('#transcript ol');"
                    + " return l.scrollHeight > l.clientHeight + 50;")).as("the transcript scrolls by itself").isTrue();
            browser.script("document.querySelector('#transcript ol').scrollTop = 0; window.scrollTo(0, document.body.scrollHeight);");
            assertThat(inView(browser, "#reply-text")).as("reply box in view, transcript at its top").isTrue();
            assertThat(inView(browser, "#transcript ol li:first-child")).as("first line in view").isTrue();
            browser.screenshot("desk-inquiry.png");

            // "/" and the start of a canned reply's name offers it; Enter puts its text in place of "/name"
            WebElement reply = browser.driver.findElement(By.id("reply-text"));
            reply.sendKeys("こんにちは。/受付");
            browser.waitUpTo(5).until(d -> browser.present("#canned-menu li[aria-selected=true]"));
            assertThat(browser.textOf("#canned-menu")).contains("受付のごあいさつ");
            reply.sendKeys(Keys.ENTER);
            assertThat(reply.getDomProperty("value")).startsWith("こんにちは。ご相談ありがとうございます。")
                    .doesNotContain("/受付");
            assertThat(browser.present("#canned-menu:not([hidden])")).isFalse();
            reply.clear();

            // a colleague claims it: the claim button and the reply form go, without a reload, for this viewer
            browser.waitUpTo(10).until(d -> "on".equals(browser.script("return document.body.dataset.live")));
            browser.script("document.body.dataset.marker = 'same-page'");
            assertThat(browser.present("#claim")).isTrue();
            assertThat(colleague.post("/api/inquiries/" + inquiryId + "/claim", "").status()).isEqualTo(200);
            browser.waitUpTo(10).until(d -> browser.present("#held-note"));
            assertThat(browser.present("#claim")).isFalse();
            assertThat(browser.present("#reply-text")).isFalse();
            assertThat(browser.textOf("#owner")).isNotBlank().doesNotContain("まだいません");
            assertThat(browser.script("return document.body.dataset.marker")).isEqualTo("same-page");

            // the live refresh is not another view in the audit log: one entry for the one opening
            long views = audit.about("inquiry", String.valueOf(inquiryId)).stream()
                    .filter(e -> e.actor().equals(me.username()) && e.action().equals("VIEW")).count();
            assertThat(views).isEqualTo(1);
        }
    }

    @Test
    void everyAdministratorPageFitsAPhoneAndPassesAxe() throws Exception {
        try (ConsoleBrowser phone = ConsoleBrowser.phone(port)) {
            HandoffReceipt inquiry = desk.open(Handoffs.request(Webhooks.newUserId(), CenterId.TAMA));
            long inquiryId = idOf(StaffClient.admin(port), inquiry);
            phone.login(StaffClient.ADMIN, StaffClient.ADMIN_PASSWORD);
            for (String page : List.of("/console", "/console/inquiries/" + inquiryId,
                    "/console/admin/accounts", "/console/admin/audit", "/console/admin/deliveries",
                    "/console/admin/flows", "/console/admin/questions", "/console/admin/files",
                    "/console/admin/files/edit?path=intake.yaml", "/console/admin/files/diff?path=intake.yaml&from=1&to=live",
                    "/console/admin/files/flow?path=intake.yaml", "/console/admin/files/tests",
                    "/console/account/password", "/console/admin/audit?what=VIEW")) {
                phone.open(page);
                phone.waitUpTo(10).until(d -> phone.present("main h1"));
                assertFitsAndAccessible(phone, page);
            }
            // keyboard: the first Tab reaches the skip link, which leads to the page's main part
            phone.open("/console");
            phone.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            assertThat(phone.script("return document.activeElement.className")).isEqualTo("skip-link");
            phone.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            assertThat(phone.script("return document.activeElement.id")).isEqualTo("main");
        }
    }

    private static long idOf(StaffClient staff, HandoffReceipt receipt) {
        return staff.get("/api/inquiries/" + receipt.inquiryNumber()).json().path("id").asLong();
    }

    private static boolean inView(ConsoleBrowser browser, String css) {
        return (Boolean) browser.script("var r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;", css);
    }
}
