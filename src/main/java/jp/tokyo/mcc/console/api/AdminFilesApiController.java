package jp.tokyo.mcc.console.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.admin.AdminFileCatalog;
import jp.tokyo.mcc.admin.AdminFileException;
import jp.tokyo.mcc.admin.FileText;
import jp.tokyo.mcc.admin.ImportReport;
import jp.tokyo.mcc.shared.FileProblem;
import jp.tokyo.mcc.staff.CurrentStaff;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrator files (CONTRACT.md, administrators only): the list, live texts, drafts, publishing, rollback and the
 * versions; besides the contract, a draft's text, discarding it, publishing every draft together, and the whole
 * folder as a zip (export and import). {@code {path}} is as under flows/, e.g. {@code faq/centers.yaml}.
 */
@RestController
@RequestMapping("/api/admin")
class AdminFilesApiController {

    /** Longest request body taken for one file's text. */
    static final long MAX_BODY = 4L * 1024 * 1024;

    record FileJson(String path, String kind, int version, Instant updatedAt, String updatedBy, boolean draft) {
    }

    record VersionJson(int version, Instant createdAt, String createdBy) {
    }

    record ProblemsJson(List<FileProblem> problems) {
    }

    record VersionNumber(Integer version) {
    }

    record DraftJson(String path, int baseVersion, String content, Instant updatedAt, String updatedBy, int problems) {
    }

    private final AdminFileCatalog catalog;
    private final CurrentStaff current;

    AdminFilesApiController(AdminFileCatalog catalog, CurrentStaff current) {
        this.catalog = catalog;
        this.current = current;
    }

    @GetMapping("/files")
    List<FileJson> files() {
        current.require();
        return catalog.list().stream()
                .map(f -> new FileJson(f.path(), f.kind(), f.version(), f.updatedAt(), f.updatedBy(), f.draft())).toList();
    }

    @GetMapping("/files/{*path}")
    FileText file(@PathVariable String path, @RequestParam(required = false) Integer version) {
        current.require();
        String p = strip(path);
        return (version == null ? catalog.live(p) : catalog.version(p, version))
                .orElseThrow(() -> notFound(p + (version == null ? " has no live version" : " has no version " + version)));
    }

    @GetMapping("/versions/{*path}")
    List<VersionJson> versions(@PathVariable String path) {
        current.require();
        String p = strip(path);
        List<VersionJson> found = catalog.versions(p).stream()
                .map(v -> new VersionJson(v.version(), v.createdAt(), v.createdBy())).toList();
        if (found.isEmpty() && catalog.kindOf(p).isEmpty()) {
            throw notFound("not an administrator file: " + p);
        }
        return found;
    }

    @PutMapping("/drafts/{*path}")
    ResponseEntity<ProblemsJson> saveDraft(@PathVariable String path, @RequestBody(required = false) String content,
                                           @RequestHeader(value = HttpHeaders.CONTENT_LENGTH, required = false) Long length) {
        if (length != null && length > MAX_BODY) {
            throw new AdminFileException(AdminFileException.Reason.BAD_REQUEST, "the text is too large");
        }
        String actor = current.require().username();
        List<FileProblem> problems = catalog.saveDraft(strip(path), content == null ? "" : content, actor);
        return ResponseEntity.status(problems.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new ProblemsJson(problems));
    }

    @GetMapping("/drafts/{*path}")
    DraftJson draft(@PathVariable String path) {
        current.require();
        String p = strip(path);
        return catalog.draft(p).map(d -> new DraftJson(d.path(), d.baseVersion(), d.content(), d.updatedAt(),
                d.updatedBy(), d.problems())).orElseThrow(() -> notFound("there is no draft of " + p));
    }

    @DeleteMapping("/drafts/{*path}")
    ResponseEntity<Void> discardDraft(@PathVariable String path) {
        catalog.discardDraft(strip(path), current.require().username());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/publish/{*path}")
    Map<String, Integer> publish(@PathVariable String path) {
        return Map.of("version", catalog.publish(strip(path), current.require().username()));
    }

    @PostMapping("/publish-all")
    Map<String, Map<String, Integer>> publishAll() {
        return Map.of("versions", catalog.publishAll(current.require().username()));
    }

    @PostMapping("/rollback/{*path}")
    Map<String, Integer> rollback(@PathVariable String path, @RequestBody(required = false) VersionNumber body) {
        String actor = current.require().username();
        if (body == null || body.version() == null || body.version() < 1) {
            throw new AdminFileException(AdminFileException.Reason.BAD_REQUEST, "send {\"version\": N}");
        }
        return Map.of("version", catalog.rollback(strip(path), body.version(), actor));
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export() {
        current.require();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("flows.zip").build().toString())
                .body(catalog.exportZip());
    }

    @PostMapping(value = "/import", consumes = {"application/zip", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ImportReport importZip(@RequestBody byte[] zip) {
        return catalog.importZip(zip, current.require().username());
    }

    private static String strip(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static AdminFileException notFound(String detail) {
        return new AdminFileException(AdminFileException.Reason.NOT_FOUND, detail);
    }
}
