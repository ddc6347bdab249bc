package jp.tokyo.mcc.console.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jp.tokyo.mcc.knowledge.FaqReports;
import jp.tokyo.mcc.staff.CurrentStaff;

/**
 * Administrators' page of what the FAQ could not answer: families' questions without an entry, answers that did
 * not help, and the helpful / not-helpful count of every entry, so that administrators know which entries to add or
 * rewrite. Shows families' words: administrators only (the console's admin pages).
 */
@Controller
class FaqGapsController {

    /** How many different questions each list shows. */
    static final int SHOWN = 200;

    private final FaqReports reports;
    private final CurrentStaff current;

    FaqGapsController(FaqReports reports, CurrentStaff current) {
        this.reports = reports;
        this.current = current;
    }

    @GetMapping("/console/admin/questions")
    String gaps(Model model) {
        model.addAttribute("me", current.require());
        model.addAttribute("unanswered", reports.unanswered(SHOWN));
        model.addAttribute("notHelpful", reports.notHelpful(SHOWN));
        model.addAttribute("feedback", reports.feedbackByEntry());
        return "console/admin-questions";
    }
}
