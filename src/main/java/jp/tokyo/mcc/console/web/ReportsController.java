package jp.tokyo.mcc.console.web;

import java.time.LocalDate;
import java.time.ZoneId;

import jp.tokyo.mcc.calendar.CalendarProperties;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.reports.InquiryReport;
import jp.tokyo.mcc.reports.MonthlyChart;
import jp.tokyo.mcc.reports.ReportException;
import jp.tokyo.mcc.reports.ReportQuery;
import jp.tokyo.mcc.reports.Reports;
import jp.tokyo.mcc.staff.CurrentStaff;
import jp.tokyo.mcc.staff.StaffMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The reports page: a period's inquiries per month (chart), by category and municipality, and the answer times. */
@Controller
class ReportsController {

    private final Reports reports;
    private final CurrentStaff current;
    private final ConsoleMessages messages;
    private final ZoneId zone;

    ReportsController(Reports reports, CurrentStaff current, ConsoleMessages messages, CalendarProperties calendar) {
        this.reports = reports;
        this.current = current;
        this.messages = messages;
        this.zone = calendar.zone();
    }

    @GetMapping("/console/reports")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String center, Model model) {
        StaffMember me = current.require();
        LocalDate today = LocalDate.now(zone);
        ReportQuery query;
        try {
            query = ReportQuery.parse(from, to, me.isAdmin() ? center : null, today);
        } catch (ReportException e) {
            model.addAttribute("error", messages.get("reports.period-invalid"));
            query = ReportQuery.lastTwelveMonths(today, null);
        }
        InquiryReport report = reports.inquiries(me, query);
        model.addAttribute("me", me);
        model.addAttribute("query", query);
        model.addAttribute("report", report);
        model.addAttribute("faq", reports.faq(me, query).orElse(null));
        model.addAttribute("chart", MonthlyChart.of(report));
        model.addAttribute("centers", CenterId.values());
        model.addAttribute("csvLink", "/api/reports/inquiries.csv?from=" + query.from() + "&to=" + query.to()
                + (query.center() == null ? "" : "&center=" + query.center().code()));
        return "console/reports";
    }
}
