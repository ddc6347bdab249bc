package jp.tokyo.mcc.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.HandoffReceipt;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.FamilyMedia;
import jp.tokyo.mcc.support.Handoffs;
import jp.tokyo.mcc.support.StaffClient;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A counsellor in the real browser sees what the family sent in the transcript: the photo as a thumbnail (loaded
 * through the console's session from the staff API, the same bytes), a PDF as a download link with its name, and a
 * photo too large as the reason it was not kept; the page still fits a phone and passes axe.
 */
class AttachmentBrowserIT extends AbstractBotIT {

    @Autowired
    CounsellorDesk desk;

    @Test
    void theCounsellorSeesThePhotoAsAThumbnailAndTheFileAsADownload() throws IOException {
        StaffClient counsellor = StaffClient.newCounsellor(port, "kubu");
        String family = Webhooks.newUserId();
        HandoffReceipt receipt = desk.open(Handoffs.request(family, CenterId.KUBU));
        String inquiryId = counsellor.get("/api/inquiries/" + receipt.inquiryNumber()).json().path("id").asText();
        String photo = FamilyMedia.newMessageId();
        byte[] jpeg = FamilyMedia.jpeg(120, 90);
        FamilyMedia.content(photo, jpeg, "image/jpeg");
        String file = FamilyMedia.newMessageId();
        FamilyMedia.content(file, FamilyMedia.pdf(1500), "application/pdf");
        String large = FamilyMedia.newMessageId();
        byte[] tooLarge = new byte[1024 * 1024 + 10];
        tooLarge[0] = (byte) 0xFF;
        tooLarge[1] = (byte) 0xD8;
        tooLarge[2] = (byte) 0xFF;
        FamilyMedia.content(large, tooLarge, "image/jpeg");
        Webhooks.post(port, Webhooks.body(FamilyMedia.image(family, photo, Webhooks.newToken()),
                FamilyMedia.file(family, file, "おくすり手帳.pdf", 1500, Webhooks.newToken()),
                FamilyMedia.image(family, large, Webhooks.newToken())));

        try (ConsoleBrowser browser = ConsoleBrowser.phone(port)) {
            browser.login(counsellor.username(), StaffClient.PASSWORD);
            browser.open("/console/inquiries/" + inquiryId);
            // the page updates itself when the downloads are done
            browser.waitUpTo(20).until(d -> browser.present(".attachment img.thumb")
                    && browser.textOf(".transcript").contains("おくすり手帳.pdf")
                    && browser.textOf(".transcript").contains("大きすぎるため"));
            browser.waitUpTo(10).until(d -> ((Number) browser.script(
                    "var i = document.querySelector('.attachment img.thumb'); return i && i.complete ? i.naturalWidth : 0;"))
                    .intValue() == 120);
            String src = (String) browser.script("return document.querySelector('.attachment img.thumb').src;");
            assertThat(src).contains("/api/inquiries/" + inquiryId + "/attachments/");
            assertThat(browser.textOf(".transcript")).contains("写真", "おくすり手帳.pdf", "開く・保存する");
            String link = (String) browser.script("var a = [...document.querySelectorAll('.attachment a.download')]"
                    + ".find(e => e.textContent.includes('おくすり手帳')); return a ? a.getAttribute('href') : null;");
            assertThat(link).isNotNull();
            assertThat(counsellor.getBytes(link).body()).isEqualTo(FamilyMedia.pdf(1500));
            assertThat(counsellor.getBytes(src.substring(src.indexOf("/api/"))).body())
                    .isEqualTo(jpeg);

            long[] overflow = browser.overflow();
            assertThat(overflow[0]).as("sideways scrolling at %d px: %s", overflow[1], browser.widerThanViewport())
                    .isZero();
            List<String> violations = browser.seriousViolations();
            assertThat(violations).as("axe: serious or critical violations").isEmpty();
        }
    }
}
