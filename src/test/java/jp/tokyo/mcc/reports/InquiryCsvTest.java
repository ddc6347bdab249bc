package jp.tokyo.mcc.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.YearMonth;
import java.util.List;

import jp.tokyo.mcc.directory.CenterId;
import org.junit.jupiter.api.Test;

class InquiryCsvTest {

    @Test
    void aHeaderRowThenOneRowPerCountWithCellsQuotedWhereNeeded() throws Exception {
        StringWriter out = new StringWriter();
        InquiryCsv.write(List.of(
                new InquiryCount(YearMonth.of(2026, 1), CenterId.KUBU, "退院後のこと", "練馬区", 3),
                new InquiryCount(YearMonth.of(2026, 2), CenterId.TAMA, "その他, \"いろいろ\"", null, 1),
                new InquiryCount(YearMonth.of(2026, 2), CenterId.TAMA, "=HYPERLINK(\"x\")", "八王子市", 2)), out);

        assertThat(out.toString()).isEqualTo("month,center,category,municipality,count\r\n"
                + "2026-01,kubu,退院後のこと,練馬区,3\r\n"
                + "2026-02,tama,\"その他, \"\"いろいろ\"\"\",,1\r\n"
                + "2026-02,tama,\"'=HYPERLINK(\"\"x\"\")\",八王子市,2\r\n");
    }

    @Test
    void noCountsStillGiveTheHeader() throws Exception {
        StringWriter out = new StringWriter();
        InquiryCsv.write(List.of(), out);
        assertThat(out.toString()).isEqualTo(InquiryCsv.HEADER + "\r\n");
    }
}
