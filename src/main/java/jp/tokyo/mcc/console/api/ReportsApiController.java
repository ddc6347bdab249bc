package jp.tokyo.mcc.console.api;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import jp.tokyo.mcc.calendar.CalendarProperties;
import jp.tokyo.mcc.reports.InquiryCsv;
import jp.tokyo.mcc.reports.InquiryReport;
import jp.tokyo.mcc.reports.ReportQuery;
import jp.tokyo.mcc.reports.Reports;
import jp.tokyo.mcc.staff.CurrentStaff;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The centers' reports (CONTRACT.md): the inquiry counts as CSV, and the whole report as JSON. A counsellor gets
 * their own center, an administrator every center (or the one asked for).
 */
@RestController
@RequestMapping("/api/reports")
class ReportsApiController {

    static final String CSV = "text/csv; charset=UTF-8";

    private final Reports reports;
    private final CurrentStaff current;
    private final ZoneId zone;

    ReportsApiController(Reports reports, CurrentStaff current, CalendarProperties calendar) {
        this.reports = reports;
        this.current = current;
        this.zone = calendar.zone();
    }

    /**
     * One row per month x center x category x municipality with a count. {@code bom=true} starts the file with a
     * byte order mark, for spreadsheet programs that otherwise read UTF-8 as Shift_JIS.
     */
    @GetMapping("/inquiries.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String center,
                               @RequestParam(required = false, defaultValue = "false") boolean bom) throws IOException {
        ReportQuery query = ReportQuery.parse(from, to, center, LocalDate.now(zone));
        InquiryReport report = reports.inquiries(current.require(), query);
        StringWriter out = new StringWriter();
        if (bom) {
            out.write('\uFEFF');
        }
        InquiryCsv.write(report.counts(), out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"inquiries-" + query.from() + "_"
                        + query.to() + (query.center() == null ? "" : "-" + query.center().code()) + ".csv\"")
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/inquiries")
    ReportJson json(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                    @RequestParam(required = false) String center) {
        jp.tokyo.mcc.staff.StaffMember me = current.require();
        ReportQuery query = ReportQuery.parse(from, to, center, LocalDate.now(zone));
        return ReportJson.of(reports.inquiries(me, query), reports.faq(me, query).orElse(null));
    }
}
