package jp.tokyo.mcc.console.web;

import java.util.List;
import java.util.function.Consumer;

import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.inquiry.Inquiries;
import jp.tokyo.mcc.inquiry.InquiryAssignments;
import jp.tokyo.mcc.inquiry.InquiryDeliveries;
import jp.tokyo.mcc.inquiry.InquiryLabel;
import jp.tokyo.mcc.inquiry.InquiryLabels;
import jp.tokyo.mcc.inquiry.InquiryDetails;
import jp.tokyo.mcc.inquiry.InquiryException;
import jp.tokyo.mcc.staff.CurrentStaff;
import jp.tokyo.mcc.staff.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One inquiry: fields, transcript, reply, notes, claim, transfer, close. Forms post and come back (PRG). */
@Controller
class InquiryPageController {

    private final Inquiries inquiries;
    private final InquiryDeliveries deliveries;
    private final InquiryLabels labels;
    private final InquiryAssignments assignments;
    private final CurrentStaff current;
    private final ConsoleMessages messages;

    InquiryPageController(Inquiries inquiries, InquiryDeliveries deliveries, InquiryLabels labels,
                          InquiryAssignments assignments, CurrentStaff current, ConsoleMessages messages) {
        this.inquiries = inquiries;
        this.deliveries = deliveries;
        this.labels = labels;
        this.assignments = assignments;
        this.current = current;
        this.messages = messages;
    }

    @GetMapping("/console/inquiries/{id}")
    String page(@PathVariable long id, Model model) {
        StaffMember me = current.require();
        fill(me, inquiries.get(me, id), model);
        model.addAttribute("familyLanguage", inquiries.familyLanguage(me, id));
        return "console/inquiry";
    }

    /**
     * The live part of the page (status, fields, transcript, what the viewer may do), fetched on a server-sent event:
     * a refresh of a page already open, so not audited as another view.
     */
    @GetMapping("/console/inquiries/{id}/live")
    String live(@PathVariable long id, Model model) {
        StaffMember me = current.require();
        fill(me, inquiries.refresh(me, id), model);
        model.addAttribute("familyLanguage", inquiries.familyLanguage(me, id));
        return "console/inquiry :: live";
    }

    private void fill(StaffMember me, InquiryDetails details, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("canned", inquiries.cannedReplies());
        model.addAttribute("inquiry", details.inquiry());
        model.addAttribute("messages", details.messages());
        model.addAttribute("consent", details.consent());
        long id = details.inquiry().id();
        model.addAttribute("deliveries", deliveries.of(me, id));
        List<InquiryLabel> on = labels.on(List.of(id)).getOrDefault(id, List.of());
        model.addAttribute("labelsOn", on);
        model.addAttribute("labelsOff", labels.defined(me, details.inquiry().center()).stream()
                .filter(l -> on.stream().noneMatch(o -> o.id() == l.id())).toList());
        model.addAttribute("colleagues", assignments.colleagues(me, id).stream()
                .filter(c -> !c.username().equals(details.inquiry().ownerUsername())).toList());
        model.addAttribute("centerName", inquiries.centerName(details.inquiry().center()));
        model.addAttribute("otherCenters", java.util.Arrays.stream(CenterId.values())
                .filter(c -> c != details.inquiry().center()).toList());
    }

    @PostMapping("/console/inquiries/{id}/claim")
    String claim(@PathVariable long id, RedirectAttributes flash) {
        return act(id, flash, "done.claimed", me -> inquiries.claim(me, id));
    }

    @PostMapping("/console/inquiries/{id}/reply")
    String reply(@PathVariable long id, @RequestParam(defaultValue = "") String text, RedirectAttributes flash) {
        flash.addFlashAttribute("draft", text);
        String view = act(id, flash, "done.replied", me -> inquiries.reply(me, id, text));
        if (!flash.getFlashAttributes().containsKey("error")) {
            flash.getFlashAttributes().remove("draft");
        }
        return view;
    }

    @PostMapping("/console/inquiries/{id}/messages/{messageId}/retry")
    String retry(@PathVariable long id, @PathVariable long messageId, RedirectAttributes flash) {
        return act(id, flash, "done.delivery-retried", me -> deliveries.retry(me, id, messageId));
    }

    @PostMapping("/console/inquiries/{id}/note")
    String note(@PathVariable long id, @RequestParam(defaultValue = "") String text, RedirectAttributes flash) {
        return act(id, flash, "done.noted", me -> inquiries.note(me, id, text));
    }

    @PostMapping("/console/inquiries/{id}/transfer")
    String transfer(@PathVariable long id, @RequestParam String center, @RequestParam(defaultValue = "") String note,
                    RedirectAttributes flash) {
        CenterId to = CenterId.fromCode(center).orElse(null);
        StaffMember me = current.require();
        try {
            inquiries.transfer(me, id, to, note);
        } catch (InquiryException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/console/inquiries/" + id;
        }
        flash.addFlashAttribute("info", messages.get("done.transferred"));
        return me.canSee(to) ? "redirect:/console/inquiries/" + id : "redirect:/console";
    }

    @PostMapping("/console/inquiries/{id}/close")
    String close(@PathVariable long id, @RequestParam(defaultValue = "") String outcome, RedirectAttributes flash) {
        return act(id, flash, "done.closed", me -> inquiries.close(me, id, outcome));
    }

    /** Does the action; {@code done}: the key of what to say when it worked. */
    private String act(long id, RedirectAttributes flash, String done, Consumer<StaffMember> action) {
        try {
            action.accept(current.require());
            flash.addFlashAttribute("info", messages.get(done));
        } catch (InquiryException e) {
            if (e.reason() == InquiryException.Reason.NOT_FOUND) {
                throw e;
            }
            flash.addFlashAttribute("error", messages.refused(e));
        }
        return "redirect:/console/inquiries/" + id;
    }

    @ExceptionHandler(InquiryException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(InquiryException e, Model model) {
        model.addAttribute("message", messages.get("inquiry-not-found"));
        return "console/problem";
    }
}
