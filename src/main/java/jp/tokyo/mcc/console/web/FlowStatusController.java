package jp.tokyo.mcc.console.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.tokyo.mcc.conversation.FlowStatus;
import jp.tokyo.mcc.shared.AdminFileReport;
import jp.tokyo.mcc.shared.AdminFileStatus;
import jp.tokyo.mcc.shared.Language;
import jp.tokyo.mcc.shared.TranslationReport;
import jp.tokyo.mcc.staff.CurrentStaff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Administrators' page of what the bot is running: the live flow versions and the flow files that did not go live,
 * then the FAQ and the safety phrases (how many entries are live, and why files did not go live), then what families
 * who read English or やさしい日本語 get in Japanese because its translation is missing.
 */
@Controller
class FlowStatusController {

    private final FlowStatus flows;
    private final CurrentStaff current;
    private final List<AdminFileReport> fileReports;
    private final List<TranslationReport> translations;

    FlowStatusController(FlowStatus flows, CurrentStaff current, List<AdminFileReport> fileReports,
                         List<TranslationReport> translations) {
        this.flows = flows;
        this.current = current;
        this.fileReports = fileReports;
        this.translations = translations;
    }

    @GetMapping("/console/admin/flows")
    String status(Model model) {
        model.addAttribute("me", current.require());
        model.addAttribute("versions", new TreeMap<>(flows.liveVersions()));
        model.addAttribute("problems", flows.problems());
        model.addAttribute("loadedAt", flows.loadedAt());
        model.addAttribute("files", fileReports.stream().flatMap(r -> r.adminFileStatus().stream())
                .sorted(Comparator.comparing(AdminFileStatus::id)).toList());
        Map<Language, List<String>> gaps = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            if (!l.isJapanese()) {
                gaps.put(l, new ArrayList<>());
            }
        }
        translations.forEach(r -> r.translationGaps().forEach((l, items) -> gaps.get(l).addAll(items)));
        model.addAttribute("translationGaps", gaps);
        return "console/admin-flows";
    }
}
