package jp.tokyo.mcc.console.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.inquiry.StatusCounts;
import jp.tokyo.mcc.inquiry.Inquiries;
import jp.tokyo.mcc.inquiry.Inquiry;
import jp.tokyo.mcc.inquiry.InquiryLabels;
import jp.tokyo.mcc.inquiry.InquiryQuery;
import jp.tokyo.mcc.inquiry.InquiryStatus;
import jp.tokyo.mcc.staff.CurrentStaff;
import jp.tokyo.mcc.staff.StaffMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The inquiry list: the own center's inquiries (administrators: both) by tab, with counts; or, with words or filters
 * (status, category, municipality, holder, label, safety flag), the matching inquiries of every status. Holders see their unread mark.
 */
@Controller
class InquiryListController {

    enum Tab {
        NEW("new"), MINE("mine"), PROGRESS("progress"), WAITING("waiting"), CLOSED("closed");

        final String code;

        Tab(String code) {
            this.code = code;
        }

        public String getCode() {
            return code;
        }

        static Tab of(String code) {
            for (Tab t : values()) {
                if (t.code.equalsIgnoreCase(code == null ? "" : code)) {
                    return t;
                }
            }
            return NEW;
        }
    }

    private final Inquiries inquiries;
    private final InquiryLabels labels;
    private final CurrentStaff current;

    InquiryListController(Inquiries inquiries, InquiryLabels labels, CurrentStaff current) {
        this.inquiries = inquiries;
        this.labels = labels;
        this.current = current;
    }

    @GetMapping("/console")
    String list(@RequestParam(required = false) String tab, @RequestParam(required = false) String center,
                @RequestParam(required = false) String fragment, @RequestParam(required = false) String q,
                @RequestParam(required = false) String status, @RequestParam(required = false) String category,
                @RequestParam(required = false) String municipality, @RequestParam(required = false) String assignee,
                @RequestParam(required = false) Long label,
                @RequestParam(required = false, defaultValue = "false") boolean safety, Model model) {
        StaffMember me = current.require();
        CenterId centerId = me.isAdmin() ? CenterId.fromCode(center).orElse(null) : null;
        Tab active = Tab.of(tab);
        InquiryQuery query = new InquiryQuery(q, centerId, InquiryStatus.fromCode(status).orElse(null), category,
                municipality, assignee, label, safety, false);
        List<Inquiry> list = query.narrows() ? inquiries.search(me, query) : switch (active) {
            case NEW -> inquiries.list(me, centerId, InquiryStatus.NEW, false);
            case MINE -> inquiries.list(me, centerId, null, true);
            case PROGRESS -> inquiries.list(me, centerId, InquiryStatus.IN_PROGRESS, false);
            case WAITING -> inquiries.list(me, centerId, InquiryStatus.WAITING_FAMILY, false);
            case CLOSED -> inquiries.list(me, centerId, InquiryStatus.CLOSED, false);
        };
        StatusCounts counts = inquiries.counts(me, centerId);
        model.addAttribute("me", me);
        model.addAttribute("tab", active.code);
        model.addAttribute("tabs", Arrays.stream(Tab.values()).map(t -> t.code).toList());
        model.addAttribute("center", centerId == null ? "" : centerId.code());
        model.addAttribute("centers", CenterId.values());
        model.addAttribute("statuses", InquiryStatus.values());
        model.addAttribute("query", query);
        model.addAttribute("searching", query.narrows());
        model.addAttribute("filtering", query.status() != null || query.category() != null
                || query.municipality() != null || query.assignee() != null || query.label() != null
                || query.safety() || centerId != null);
        model.addAttribute("facets", inquiries.facets(me, centerId));
        model.addAttribute("inquiries", list);
        List<Long> ids = list.stream().map(Inquiry::id).toList();
        model.addAttribute("unread", inquiries.unread(me, ids));
        model.addAttribute("labels", labels.on(ids));
        model.addAttribute("definedLabels", labels.defined(me, centerId));
        model.addAttribute("tabCounts", Map.of("new", counts.fresh(), "mine", counts.mine(),
                "progress", counts.inProgress(), "waiting", counts.waitingFamily(), "closed", counts.closed()));
        return "list".equals(fragment) ? "console/inquiry-list :: inquiry-list" : "console/inquiry-list";
    }
}
