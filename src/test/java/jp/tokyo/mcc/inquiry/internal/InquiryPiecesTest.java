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
        CannedReplies.Read list = CannedReplies.parse(yaml.readTree("- {title: あいさつ, text: こんにちは}\n- {title: 空}\n"));
        assertThat(list.replies()).containsExactly(new CannedReply("あいさつ", "こんにちは"));
        // the administrators' status page says which entry was left out, without quoting it
        assertThat(list.problems()).singleElement().asString()
                .isEqualTo("canned-replies.yaml：2番目の項目：title と text の両方が要ります（この項目は使われません）");
        CannedReplies.Read keyed = CannedReplies.parse(
                yaml.readTree("replies:\n  - title: a\n    text: |\n      1行目\n      2行目\n"));
        assertThat(keyed.replies()).containsExactly(new CannedReply("a", "1行目\n2行目"));
        assertThat(keyed.problems()).isEmpty();
        CannedReplies.Read text = CannedReplies.parse(yaml.readTree("just text"));
        assertThat(text.replies()).isEmpty();
        assertThat(text.problems()).singleElement().asString().contains("項目の一覧（replies:）");
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
