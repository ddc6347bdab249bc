package jp.tokyo.mcc.console.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import jp.tokyo.mcc.calendar.CalendarProperties;
import jp.tokyo.mcc.inquiry.Inquiries;
import jp.tokyo.mcc.inquiry.InquiryException;
import jp.tokyo.mcc.staff.AuditEntry;
import jp.tokyo.mcc.staff.AuditLog;
import jp.tokyo.mcc.staff.AuditQuery;
import jp.tokyo.mcc.staff.CurrentStaff;
import jp.tokyo.mcc.staff.StaffMember;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administrators' audit log in Japanese words, filtered by who, what, when (days in Japan time) and inquiry (its
 * number or id), newest first; the same selection as CSV (UTF-8 with a byte order mark, for spreadsheet programs).
 */
@Controller
class AuditController {

    static final int SHOWN = 500;
    static final int EXPORTED = 50_000;

    private final AuditLog audit;
    private final AuditWords words;
    private final Inquiries inquiries;
    private final CurrentStaff current;
    private final ConsoleFormat format;
    private final ZoneId zone;
    private final ConsoleMessages messages;

    AuditController(AuditLog audit, AuditWords words, Inquiries inquiries, CurrentStaff current, ConsoleFormat format,
                    CalendarProperties calendar, ConsoleMessages messages) {
        this.messages = messages;
        this.audit = audit;
        this.words = words;
        this.inquiries = inquiries;
        this.current = current;
        this.format = format;
        this.zone = calendar.zone();
    }

    /** The filters as the page's form sends them. */
    record Filter(String who, String what, String from, String to, String inquiry) {
    }

    @GetMapping("/console/admin/audit")
    String page(@RequestParam(required = false) String who, @RequestParam(required = false) String what,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String inquiry, Model model) {
        StaffMember me = current.require();
        Filter filter = new Filter(who, what, from, to, inquiry);
        model.addAttribute("me", me);
        model.addAttribute("filter", filter);
        model.addAttribute("shown", SHOWN);
        try {
            model.addAttribute("entries", audit.search(query(me, filter, SHOWN)));
        } catch (IllegalArgumentException | InquiryException unusable) {
            model.addAttribute("entries", List.of());
            model.addAttribute("error", messages.get(unusable instanceof InquiryException
                    ? "audit.no-such-inquiry" : "audit.bad-date"));
        }
        return "console/admin-audit";
    }

    @GetMapping("/console/admin/audit.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String who, @RequestParam(required = false) String what,
                               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String inquiry) {
        StaffMember me = current.require();
        List<AuditEntry> entries = audit.search(query(me, new Filter(who, what, from, to, inquiry), EXPORTED));
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(messages.get("audit.csv-header")).append("\r\n");
        for (AuditEntry e : entries) {
            out.append(String.join(",", cell(format.fullTime(e.at())), cell(words.actor(e.actor())),
                    cell(words.action(e.action())), cell(words.subject(e)), cell(words.detail(e.detail())),
                    cell(e.action()))).append("\r\n");
        }
        audit.record(me.username(), "AUDIT_EXPORT", "audit", null, entries.size() + " entries");
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("audit-log.csv").build().toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private AuditQuery query(StaffMember me, Filter f, int limit) {
        String subjectId = f.inquiry() == null || f.inquiry().isBlank() ? null
                : String.valueOf(inquiries.resolve(me, f.inquiry()));
        return new AuditQuery(f.who(), f.what(), subjectId == null ? null : "inquiry", subjectId, day(f.from(), 0),
                day(f.to(), 1), limit);
    }

    /** The start of that day in Japan (plus {@code days}); null when not given. */
    private Instant day(String date, int days) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip()).plusDays(days).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date");
        }
    }

    /** A CSV cell: quoted when needed; a leading =, +, - or @ is neutralised (no formula in a spreadsheet). */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
