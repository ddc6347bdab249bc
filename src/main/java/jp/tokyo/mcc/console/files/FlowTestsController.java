package jp.tokyo.mcc.console.files;

import java.util.List;

import jp.tokyo.mcc.router.FlowTestResult;
import jp.tokyo.mcc.router.FlowTests;
import jp.tokyo.mcc.staff.CurrentStaff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The conversation tests (tests/*.yaml) run against the drafts from the administrators' page, with their results. */
@Controller
class FlowTestsController {

    private final FlowTests tests;
    private final CurrentStaff current;

    FlowTestsController(FlowTests tests, CurrentStaff current) {
        this.tests = tests;
        this.current = current;
    }

    @GetMapping("/console/admin/files/tests")
    String page(@RequestParam(required = false) String path, Model model) {
        model.addAttribute("me", current.require());
        model.addAttribute("path", path);
        return "console/admin-flow-tests";
    }

    /** Every test file, or the one {@code path} names. */
    @PostMapping("/console/admin/files/tests")
    String run(@RequestParam(required = false) String path, Model model) {
        model.addAttribute("me", current.require());
        model.addAttribute("path", path);
        List<FlowTestResult> results = path == null || path.isBlank() ? tests.runOnDrafts() : tests.runOnDrafts(path);
        model.addAttribute("results", results);
        model.addAttribute("failed", results.stream().filter(r -> !r.passed()).count());
        return "console/admin-flow-tests";
    }
}
