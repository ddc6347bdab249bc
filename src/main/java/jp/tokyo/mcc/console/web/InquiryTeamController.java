package jp.tokyo.mcc.console.web;

import jp.tokyo.mcc.inquiry.InquiryAssignments;
import jp.tokyo.mcc.inquiry.InquiryException;
import jp.tokyo.mcc.inquiry.InquiryLabels;
import jp.tokyo.mcc.staff.CurrentStaff;
import jp.tokyo.mcc.staff.StaffMember;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Working together on an inquiry: handing it to a colleague, and the center's labels on it. Forms post and come back. */
@Controller
class InquiryTeamController {

    private final InquiryAssignments assignments;
    private final InquiryLabels labels;
    private final CurrentStaff current;
    private final ConsoleMessages messages;

    InquiryTeamController(InquiryAssignments assignments, InquiryLabels labels, CurrentStaff current,
                          ConsoleMessages messages) {
        this.assignments = assignments;
        this.labels = labels;
        this.current = current;
        this.messages = messages;
    }

    @PostMapping("/console/inquiries/{id}/assign")
    String assign(@PathVariable long id, @RequestParam(defaultValue = "") String username, RedirectAttributes flash) {
        return act(id, flash, "done.assigned", me -> assignments.assign(me, id, username));
    }

    /** Puts a label on: one of the center's ({@code labelId}), or a new one by {@code name}. */
    @PostMapping("/console/inquiries/{id}/labels")
    String label(@PathVariable long id, @RequestParam(required = false) Long labelId,
                 @RequestParam(defaultValue = "") String name, RedirectAttributes flash) {
        return act(id, flash, "done.labelled", me -> {
            if (labelId != null) {
                labels.apply(me, id, labelId);
            } else {
                labels.apply(me, id, name);
            }
        });
    }

    @PostMapping("/console/inquiries/{id}/labels/{labelId}/remove")
    String unlabel(@PathVariable long id, @PathVariable long labelId, RedirectAttributes flash) {
        return act(id, flash, "done.unlabelled", me -> labels.remove(me, id, labelId));
    }

    private String act(long id, RedirectAttributes flash, String done, java.util.function.Consumer<StaffMember> action) {
        try {
            action.accept(current.require());
            flash.addFlashAttribute("info", messages.get(done));
        } catch (InquiryException e) {
            flash.addFlashAttribute("error", messages.refused(e));
        }
        return "redirect:/console/inquiries/" + id;
    }
}
