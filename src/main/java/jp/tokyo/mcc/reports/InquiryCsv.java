package jp.tokyo.mcc.reports;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The inquiry counts as CSV (RFC 4180, lines ending CRLF): a header row {@code month,center,category,municipality,count},
 * then one row per month x center x category x municipality. {@code month} is {@code YYYY-MM}, {@code center}
 * {@code kubu} or {@code tama}; a category or municipality the family did not give is empty. A cell a spreadsheet
 * would take for a formula (starting with {@code = + - @}) is written with a leading apostrophe.
 */
public final class InquiryCsv {

    public static final String HEADER = "month,center,category,municipality,count";

    private InquiryCsv() {
    }

    public static void write(List<InquiryCount> counts, Writer out) throws IOException {
        out.write(HEADER);
        out.write("\r\n");
        for (InquiryCount c : counts) {
            out.write(c.month().toString());
            out.write(',');
            out.write(c.center().code());
            out.write(',');
            out.write(cell(c.category()));
            out.write(',');
            out.write(cell(c.municipality()));
            out.write(',');
            out.write(Long.toString(c.count()));
            out.write("\r\n");
        }
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
