package jp.tokyo.mcc.inquiry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.inquiry.CannedReply;
import jp.tokyo.mcc.inquiry.InquiryStatus;
import org.junit.jupiter.api.Test;

class InquiryPiecesTest {

    @Test
    void numbersArePrefixedByCenterAndPadded() {
        assertThat(InquiryNumbers.format(CenterId.KUBU, 2026, 1)).isEqualTo("K-2026-0001");
        assertThat(InquiryNumbers.format(CenterId.TAMA, 2027, 42)).isEqualTo("T-2027-0042");
        assertThat(InquiryNumbers.format(CenterId.TAMA, 2027, 12345)).isEqualTo("T-2027-12345");
    }

    @Test
    void cannedRepliesReadAListOrAReplyKeyAndSkipIncompleteEntries() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        assertThat(CannedReplies.parse(yaml.readTree("- {title: あいさつ, text: こんにちは}\n- {title: 空}\n")))
                .containsExactly(new CannedReply("あいさつ", "こんにちは"));
        assertThat(CannedReplies.parse(yaml.readTree("replies:\n  - title: a\n    text: |\n      1行目\n      2行目\n")))
                .containsExactly(new CannedReply("a", "1行目\n2行目"));
        assertThat(CannedReplies.parse(yaml.readTree("just text"))).isEmpty();
    }

    @Test
    void statusCodesAreReadLeniently() {
        assertThat(InquiryStatus.fromCode("new")).contains(InquiryStatus.NEW);
        assertThat(InquiryStatus.fromCode("waiting-family")).contains(InquiryStatus.WAITING_FAMILY);
        assertThat(InquiryStatus.fromCode("In_Progress")).contains(InquiryStatus.IN_PROGRESS);
        assertThat(InquiryStatus.fromCode("sometimes")).isEmpty();
        assertThat(InquiryStatus.fromCode(null)).isEmpty();
    }
}
