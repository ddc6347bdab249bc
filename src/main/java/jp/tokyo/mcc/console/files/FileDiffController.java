package jp.tokyo.mcc.console.files;

import java.util.Optional;

import jp.tokyo.mcc.admin.AdminFileCatalog;
import jp.tokyo.mcc.admin.FileDraft;
import jp.tokyo.mcc.admin.FileText;
import jp.tokyo.mcc.staff.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Two texts of a file compared line by line: any two versions, a version and the draft ({@code draft}), or the live
 * version ({@code live}).
 */
@Controller
class FileDiffController {

    private final AdminFileCatalog catalog;
    private final CurrentStaff current;

    FileDiffController(AdminFileCatalog catalog, CurrentStaff current) {
        this.catalog = catalog;
        this.current = current;
    }

    @GetMapping("/console/admin/files/diff")
    String diff(@RequestParam String path, @RequestParam(defaultValue = "live") String from,
                @RequestParam(defaultValue = "draft") String to, Model model) {
        model.addAttribute("me", current.require());
        String before = text(path, from).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String after = text(path, to).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("path", path);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("diff", catalog.diff(path, before, after));
        model.addAttribute("versions", catalog.versions(path));
        model.addAttribute("hasDraft", catalog.draft(path).isPresent());
        return "console/admin-file-diff";
    }

    private Optional<String> text(String path, String which) {
        return switch (which) {
            case "draft" -> catalog.draft(path).map(FileDraft::content);
            case "live" -> catalog.live(path).map(FileText::content);
            default -> {
                try {
                    yield catalog.version(path, Integer.parseInt(which)).map(FileText::content);
                } catch (NumberFormatException e) {
                    yield Optional.empty();
                }
            }
        };
    }
}
