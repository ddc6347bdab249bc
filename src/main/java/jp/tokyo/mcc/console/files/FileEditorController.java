package jp.tokyo.mcc.console.files;

import java.util.List;
import java.util.Optional;

import jp.tokyo.mcc.admin.AdminFileCatalog;
import jp.tokyo.mcc.admin.AdminFileException;
import jp.tokyo.mcc.admin.FileDraft;
import jp.tokyo.mcc.admin.FileText;
import jp.tokyo.mcc.shared.FileProblem;
import jp.tokyo.mcc.staff.CurrentStaff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor of one administrator file: its draft (or the live text) with the problems the owning module finds
 * (checked as the administrator types, by the page's script through the JSON API), publishing, discarding the draft,
 * and the versions with rollback. Without the script the form saves the draft.
 */
@Controller
class FileEditorController {

    private final AdminFileCatalog catalog;
    private final CurrentStaff current;
    private final FilesMessages messages;

    FileEditorController(AdminFileCatalog catalog, CurrentStaff current, FilesMessages messages) {
        this.catalog = catalog;
        this.current = current;
        this.messages = messages;
    }

    @GetMapping("/console/admin/files/edit")
    String edit(@RequestParam String path, Model model, RedirectAttributes flash) {
        model.addAttribute("me", current.require());
        Optional<String> kind = catalog.kindOf(path);
        if (kind.isEmpty()) {
            flash.addFlashAttribute("error", messages.get("files.unknown", path));
            return "redirect:/console/admin/files";
        }
        Optional<FileText> live = catalog.live(path);
        Optional<FileDraft> draft = catalog.draft(path);
        String content = draft.map(FileDraft::content).orElse(live.map(FileText::content).orElse(""));
        List<FileProblem> problems = draft.isPresent() || live.isPresent() ? catalog.validate(path, content) : List.of();
        model.addAttribute("path", path);
        model.addAttribute("kind", kind.get());
        model.addAttribute("live", live.orElse(null));
        model.addAttribute("draft", draft.orElse(null));
        model.addAttribute("content", content);
        model.addAttribute("problems", problems);
        model.addAttribute("versions", catalog.versions(path));
        model.addAttribute("stale", draft.isPresent() && live.isPresent() && draft.get().baseVersion() != live.get().version());
        return "console/admin-file-edit";
    }

    /** The form's save (the page's script saves through the API as the administrator types). */
    @PostMapping("/console/admin/files/save")
    String save(@RequestParam String path, @RequestParam String content, RedirectAttributes flash) {
        try {
            int problems = catalog.saveDraft(path, content.replace("\r\n", "\n"), current.require().username()).size();
            flash.addFlashAttribute(problems == 0 ? "info" : "error",
                    problems == 0 ? messages.get("files.saved") : messages.get("files.saved-problems", problems));
        } catch (AdminFileException e) {
            flash.addFlashAttribute("error", refusal(e));
        }
        return back(path);
    }

    @PostMapping("/console/admin/files/publish")
    String publish(@RequestParam String path, RedirectAttributes flash) {
        try {
            int version = catalog.publish(path, current.require().username());
            flash.addFlashAttribute("info", messages.get("files.published", path, version));
        } catch (AdminFileException e) {
            flash.addFlashAttribute("error", e.reason() == AdminFileException.Reason.INVALID
                    ? messages.get("files.publish-invalid", e.allProblems().size()) : refusal(e));
        }
        return back(path);
    }

    @PostMapping("/console/admin/files/discard")
    String discard(@RequestParam String path, RedirectAttributes flash) {
        catalog.discardDraft(path, current.require().username());
        flash.addFlashAttribute("info", messages.get("files.discarded"));
        return back(path);
    }

    @PostMapping("/console/admin/files/rollback")
    String rollback(@RequestParam String path, @RequestParam int version, RedirectAttributes flash) {
        try {
            int made = catalog.rollback(path, version, current.require().username());
            flash.addFlashAttribute("info", messages.get("files.rolled-back", path, version, made));
        } catch (AdminFileException e) {
            flash.addFlashAttribute("error", e.reason() == AdminFileException.Reason.INVALID
                    ? messages.get("files.rollback-invalid", version, e.allProblems().size()) : refusal(e));
        }
        return back(path);
    }

    private String refusal(AdminFileException e) {
        return switch (e.reason()) {
            case NO_DRAFT -> messages.get("files.no-draft");
            case CONFLICT -> messages.get("files.conflict");
            case NOT_FOUND -> messages.get("files.unknown", "");
            default -> messages.get("files.upload.refused", e.getMessage());
        };
    }

    private static String back(String path) {
        return "redirect:/console/admin/files/edit?path=" + FilesMessages.url(path);
    }
}
