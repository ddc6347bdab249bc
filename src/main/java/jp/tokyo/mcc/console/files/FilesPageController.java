package jp.tokyo.mcc.console.files;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.admin.AdminFileCatalog;
import jp.tokyo.mcc.admin.AdminFileException;
import jp.tokyo.mcc.admin.ImportReport;
import jp.tokyo.mcc.staff.CurrentStaff;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators' list of the administrator files (live version, who and when, drafts), the whole folder as a zip,
 * uploading a zip or one file as drafts, and publishing every draft together.
 */
@Controller
class FilesPageController {

    private final AdminFileCatalog catalog;
    private final CurrentStaff current;
    private final FilesMessages messages;

    FilesPageController(AdminFileCatalog catalog, CurrentStaff current, FilesMessages messages) {
        this.catalog = catalog;
        this.current = current;
        this.messages = messages;
    }

    @GetMapping("/console/admin/files")
    String list(Model model) {
        model.addAttribute("me", current.require());
        model.addAttribute("files", catalog.list());
        return "console/admin-files";
    }

    @GetMapping("/console/admin/files/export")
    ResponseEntity<byte[]> export() {
        current.require();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("flows.zip").build().toString())
                .body(catalog.exportZip());
    }

    /** One file's text as YAML: the live version, one version, or the draft. */
    @GetMapping("/console/admin/files/download")
    ResponseEntity<String> download(@RequestParam String path, @RequestParam(required = false) Integer version,
                                    @RequestParam(defaultValue = "false") boolean draft) {
        current.require();
        String content = draft ? catalog.draft(path).map(d -> d.content()).orElse(null)
                : (version == null ? catalog.live(path) : catalog.version(path, version)).map(t -> t.content()).orElse(null);
        if (content == null) {
            return ResponseEntity.notFound().build();
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        return ResponseEntity.ok().contentType(new MediaType("application", "yaml", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    /** A zip laid out as flows/ (every file that differs becomes a draft), or one YAML file as the draft of a path. */
    @PostMapping("/console/admin/files/upload")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "") String path,
                  RedirectAttributes flash) {
        String actor = current.require().username();
        try {
            String name = String.valueOf(file.getOriginalFilename());
            if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                ImportReport report = catalog.importZip(file.getBytes(), actor);
                flash.addFlashAttribute("info", messages.get("files.upload.zip", report.drafted().size(),
                        report.unchanged().size(), report.ignored().size()));
                flash.addFlashAttribute("drafted", report.drafted());
                return "redirect:/console/admin/files";
            }
            String target = path.isBlank() ? name : path.strip();
            if (catalog.kindOf(target).isEmpty()) {
                flash.addFlashAttribute("error", messages.get("files.upload.unknown-path", target));
                return "redirect:/console/admin/files";
            }
            String content = new String(file.getBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("\r\n", "\n").replaceFirst("^\uFEFF", "");
            int problems = catalog.saveDraft(target, content, actor).size();
            flash.addFlashAttribute(problems == 0 ? "info" : "error", problems == 0
                    ? messages.get("files.upload.one", target) : messages.get("files.upload.one-problems", target, problems));
            return "redirect:/console/admin/files/edit?path=" + FilesMessages.url(target);
        } catch (AdminFileException e) {
            flash.addFlashAttribute("error", messages.get("files.upload.refused", e.getMessage()));
        } catch (IOException e) {
            flash.addFlashAttribute("error", messages.get("files.upload.unreadable"));
        }
        return "redirect:/console/admin/files";
    }

    @PostMapping("/console/admin/files/publish-all")
    String publishAll(RedirectAttributes flash) {
        String actor = current.require().username();
        try {
            Map<String, Integer> versions = catalog.publishAll(actor);
            flash.addFlashAttribute("info", messages.get("files.publish-all.done", versions.size()));
        } catch (AdminFileException e) {
            if (e.reason() == AdminFileException.Reason.INVALID) {
                flash.addFlashAttribute("error", messages.get("files.publish-all.invalid",
                        String.join("、", e.problems().keySet())));
            } else if (e.reason() == AdminFileException.Reason.NO_DRAFT) {
                flash.addFlashAttribute("error", messages.get("files.publish-all.none"));
            } else {
                flash.addFlashAttribute("error", messages.get("files.conflict"));
            }
        }
        return "redirect:/console/admin/files";
    }

    /** For the upload form: the paths a single file may be uploaded as. */
    static List<String> paths(AdminFileCatalog catalog) {
        return catalog.list().stream().map(f -> f.path()).toList();
    }
}
