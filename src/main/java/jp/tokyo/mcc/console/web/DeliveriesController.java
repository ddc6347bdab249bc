package jp.tokyo.mcc.console.web;

import jp.tokyo.mcc.line.DeliveryReport;
import jp.tokyo.mcc.staff.AuditLog;
import jp.tokyo.mcc.staff.CurrentStaff;
import jp.tokyo.mcc.staff.StaffMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' page of what could not be delivered to LINE, with a way to send it again. */
@Controller
class DeliveriesController {

    static final int SHOWN = 200;

    private final DeliveryReport deliveries;
    private final AuditLog audit;
    private final CurrentStaff current;
    private final ConsoleMessages messages;

    DeliveriesController(DeliveryReport deliveries, AuditLog audit, CurrentStaff current, ConsoleMessages messages) {
        this.deliveries = deliveries;
        this.audit = audit;
        this.current = current;
        this.messages = messages;
    }

    @GetMapping("/console/admin/deliveries")
    String list(Model model) {
        model.addAttribute("me", current.require());
        model.addAttribute("counts", deliveries.counts());
        model.addAttribute("failed", deliveries.failed(SHOWN));
        model.addAttribute("shown", SHOWN);
        return "console/admin-deliveries";
    }

    @PostMapping("/console/admin/deliveries/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes flash) {
        StaffMember me = current.require();
        if (deliveries.retry(id)) {
            audit.record(me.username(), "DELIVERY_RETRY", "delivery", String.valueOf(id), null);
            flash.addFlashAttribute("info", messages.get("done.delivery-retry", id));
        } else {
            flash.addFlashAttribute("error", messages.get("refused.delivery-retry", id));
        }
        return "redirect:/console/admin/deliveries";
    }
}
