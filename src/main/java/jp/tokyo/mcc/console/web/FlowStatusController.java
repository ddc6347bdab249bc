package jp.tokyo.mcc.console.web;

import java.util.TreeMap;

import jp.tokyo.mcc.conversation.FlowStatus;
import jp.tokyo.mcc.staff.CurrentStaff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Administrators' page of what the bot is running: the live flow versions and the files that did not go live. */
@Controller
class FlowStatusController {

    private final FlowStatus flows;
    private final CurrentStaff current;

    FlowStatusController(FlowStatus flows, CurrentStaff current) {
        this.flows = flows;
        this.current = current;
    }

    @GetMapping("/console/admin/flows")
    String status(Model model) {
        model.addAttribute("me", current.require());
        model.addAttribute("versions", new TreeMap<>(flows.liveVersions()));
        model.addAttribute("problems", flows.problems());
        model.addAttribute("loadedAt", flows.loadedAt());
        return "console/admin-flows";
    }
}
