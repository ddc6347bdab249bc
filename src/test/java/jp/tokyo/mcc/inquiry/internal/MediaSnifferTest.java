package jp.tokyo.mcc.inquiry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The allow-list reads the first bytes, never the declared type: what each kind of message may be. */
class MediaSnifferTest {

    private static byte[] bytes(String head, int... prefix) {
        byte[] text = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[prefix.length + text.length + 16];
        for (int i = 0; i < prefix.length; i++) {
            all[i] = (byte) prefix[i];
        }
        System.arraycopy(text, 0, all, prefix.length, text.length);
        return all;
    }

    @Test
    void picturesDocumentsVideosAndSoundsAreRecognisedByTheirFirstBytes() {
        assertThat(MediaSniffer.sniff(bytes("", 0xFF, 0xD8, 0xFF, 0xE0))).isEqualTo("image/jpeg");
        assertThat(MediaSniffer.sniff(bytes("PNG\r\n\u001a\n", 0x89))).isEqualTo("image/png");
        assertThat(MediaSniffer.sniff(bytes("GIF89a"))).isEqualTo("image/gif");
        assertThat(MediaSniffer.sniff(bytes("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "))).isEqualTo("image/webp");
        assertThat(MediaSniffer.sniff(bytes("\u0000\u0000\u0000\u0018ftypheic"))).isEqualTo("image/heic");
        assertThat(MediaSniffer.sniff(bytes("%PDF-1.4"))).isEqualTo("application/pdf");
        assertThat(MediaSniffer.sniff(bytes("\u0000\u0000\u0000\u0018ftypmp42"))).isEqualTo("video/mp4");
        assertThat(MediaSniffer.sniff(bytes("\u0000\u0000\u0000\u0014ftypqt  "))).isEqualTo("video/quicktime");
        assertThat(MediaSniffer.sniff(bytes("\u0000\u0000\u0000\u001cftypM4A "))).isEqualTo("audio/mp4");
        assertThat(MediaSniffer.sniff(bytes("ID3\u0004"))).isEqualTo("audio/mpeg");
    }

    @Test
    void programsArchivesOfficeFilesAndPagesAreNotAllowed() {
        assertThat(MediaSniffer.sniff(bytes("MZ\u0090\u0000"))).isNull();
        assertThat(MediaSniffer.sniff(bytes("PK\u0003\u0004word/document.xml"))).isNull();
        assertThat(MediaSniffer.sniff(bytes("<svg xmlns=\"http://www.w3.org/2000/svg\">"))).isNull();
        assertThat(MediaSniffer.sniff(bytes("<!DOCTYPE html><script>"))).isNull();
        assertThat(MediaSniffer.sniff(bytes("\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1"))).isNull(); // old Office
        assertThat(MediaSniffer.sniff(new byte[] {1, 2})).isNull();
        assertThat(MediaSniffer.sniff(null)).isNull();
    }

    @Test
    void eachKindOfMessageMayOnlyBeWhatItSaysAFileAnythingAllowed() {
        byte[] pdf = bytes("%PDF-1.7");
        byte[] jpeg = bytes("", 0xFF, 0xD8, 0xFF, 0xDB);
        byte[] mp4 = bytes("\u0000\u0000\u0000\u0018ftypisom");
        assertThat(MediaSniffer.allowed("image", jpeg)).hasValue("image/jpeg");
        assertThat(MediaSniffer.allowed("image", pdf)).isEmpty();
        assertThat(MediaSniffer.allowed("file", pdf)).hasValue("application/pdf");
        assertThat(MediaSniffer.allowed("file", jpeg)).hasValue("image/jpeg");
        assertThat(MediaSniffer.allowed("video", mp4)).hasValue("video/mp4");
        assertThat(MediaSniffer.allowed("video", jpeg)).isEmpty();
        assertThat(MediaSniffer.allowed("audio", mp4)).as("LINE's voice messages are MP4 audio").hasValue("audio/mp4");
        assertThat(MediaSniffer.allowed("sticker", jpeg)).isEmpty();
    }
}
