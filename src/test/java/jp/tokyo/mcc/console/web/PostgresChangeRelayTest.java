package jp.tokyo.mcc.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.inquiry.InquiryChanged;
import org.junit.jupiter.api.Test;

/** What travels on the console's NOTIFY channel: ids only, read back as the change they stand for. */
class PostgresChangeRelayTest {

    @Test
    void aPayloadIsReadBackAsItsChangeAndAnythingElseIsIgnored() {
        assertThat(PostgresChangeRelay.parse("42:TRANSFERRED:tama:kubu")).contains(
                new InquiryChanged(42, CenterId.TAMA, CenterId.KUBU, InquiryChanged.Kind.TRANSFERRED));
        assertThat(PostgresChangeRelay.parse("7:CLAIMED:kubu:kubu")).contains(
                new InquiryChanged(7, CenterId.KUBU, InquiryChanged.Kind.CLAIMED));
        assertThat(PostgresChangeRelay.parse(null)).isEmpty();
        assertThat(PostgresChangeRelay.parse("")).isEmpty();
        assertThat(PostgresChangeRelay.parse("x:CLAIMED:kubu:kubu")).isEmpty();
        assertThat(PostgresChangeRelay.parse("7:NOT_A_KIND:kubu:kubu")).isEmpty();
        assertThat(PostgresChangeRelay.parse("7:CLAIMED:nowhere:kubu")).isEmpty();
        assertThat(PostgresChangeRelay.parse("7:CLAIMED:kubu")).isEmpty();
    }
}
