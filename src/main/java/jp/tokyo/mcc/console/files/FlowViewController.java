package jp.tokyo.mcc.console.files;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jp.tokyo.mcc.admin.AdminFileCatalog;
import jp.tokyo.mcc.admin.FileDraft;
import jp.tokyo.mcc.admin.FileText;
import jp.tokyo.mcc.conversation.FlowPreview;
import jp.tokyo.mcc.conversation.FlowPreviews;
import jp.tokyo.mcc.staff.CurrentStaff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A flow file seen: the diagram of its states and transitions (SVG drawn here) and each state's messages as LINE
 * shows them, of the draft ({@code source=draft}), the live version, or one version. The fragment alone follows the
 * editor as the administrator types.
 */
@Controller
class FlowViewController {

    private final AdminFileCatalog catalog;
    private final FlowPreviews previews;
    private final CurrentStaff current;
    private final FilesMessages messages;

    FlowViewController(AdminFileCatalog catalog, FlowPreviews previews, CurrentStaff current, FilesMessages messages) {
        this.catalog = catalog;
        this.previews = previews;
        this.current = current;
        this.messages = messages;
    }

    @GetMapping("/console/admin/files/flow")
    String page(@RequestParam String path, @RequestParam(defaultValue = "draft") String source, Model model) {
        model.addAttribute("me", current.require());
        fill(path, source, model);
        return "console/admin-flow";
    }

    @GetMapping("/console/admin/files/flow/fragment")
    String fragment(@RequestParam String path, @RequestParam(defaultValue = "draft") String source, Model model) {
        current.require();
        fill(path, source, model);
        return "console/admin-flow :: view";
    }

    private void fill(String path, String source, Model model) {
        Optional<String> text = switch (source) {
            case "live" -> catalog.live(path).map(FileText::content);
            case "draft" -> catalog.draft(path).map(FileDraft::content).or(() -> catalog.live(path).map(FileText::content));
            default -> parse(source).flatMap(v -> catalog.version(path, v)).map(FileText::content);
        };
        Optional<FlowPreview> preview = text.flatMap(t -> previews.preview(path, t));
        model.addAttribute("path", path);
        model.addAttribute("source", source);
        model.addAttribute("preview", preview.orElse(null));
        model.addAttribute("svg", preview.map(p -> FlowDiagram.svg(p, messages.get("flow.anywhere"), waits())).orElse(null));
    }

    private Map<String, String> waits() {
        Map<String, String> waits = new LinkedHashMap<>();
        for (String w : new String[] {"choices", "buttons", "choice", "multi-choice", "yes-no", "text", "age",
                "municipality", "phone", "end"}) {
            waits.put(w, messages.get("flow.waits." + w));
        }
        return waits;
    }

    private static Optional<Integer> parse(String s) {
        try {
            return Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
