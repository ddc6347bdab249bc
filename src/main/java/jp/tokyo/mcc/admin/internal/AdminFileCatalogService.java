package jp.tokyo.mcc.admin.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jp.tokyo.mcc.PersistenceConfiguration;
import jp.tokyo.mcc.admin.AdminFileCatalog;
import jp.tokyo.mcc.admin.AdminFileException;
import jp.tokyo.mcc.admin.AdminFileException.Reason;
import jp.tokyo.mcc.admin.FileDiff;
import jp.tokyo.mcc.admin.FileDraft;
import jp.tokyo.mcc.admin.FileSummary;
import jp.tokyo.mcc.admin.FileText;
import jp.tokyo.mcc.admin.FileVersion;
import jp.tokyo.mcc.admin.ImportReport;
import jp.tokyo.mcc.shared.AdminFile;
import jp.tokyo.mcc.shared.AdminFileKind;
import jp.tokyo.mcc.shared.AdminFileSet;
import jp.tokyo.mcc.shared.FileProblem;
import jp.tokyo.mcc.staff.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drafts, publishing and rollback over the version and draft tables (JPA). Each change is one transaction with its
 * audit line; once it is committed, {@link PublishedFiles} reads the tables again and the modules reload.
 */
@Service
class AdminFileCatalogService implements AdminFileCatalog {

    static final String AUDIT_SUBJECT = "admin-file";
    static final int MAX_CONTENT = 1_000_000;
    private static final Logger log = LoggerFactory.getLogger(AdminFileCatalogService.class);

    private final AdminFileVersions versions;
    private final AdminFileDrafts drafts;
    private final FileKinds kinds;
    private final PublishedFiles files;
    private final AuditLog audit;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final Clock clock = Clock.systemUTC();

    AdminFileCatalogService(AdminFileVersions versions, AdminFileDrafts drafts, FileKinds kinds, PublishedFiles files,
                            AuditLog audit, MessageSource messages,
                            @Qualifier(PersistenceConfiguration.JPA) PlatformTransactionManager jpa) {
        this.versions = versions;
        this.drafts = drafts;
        this.kinds = kinds;
        this.files = files;
        this.audit = audit;
        this.messages = messages;
        this.transaction = new TransactionTemplate(jpa);
    }

    @Override
    public List<FileSummary> list() {
        Map<String, FileSummary> byPath = new TreeMap<>();
        Map<String, AdminFileDraft> draftsByPath = new LinkedHashMap<>();
        drafts.findAll().forEach(d -> draftsByPath.put(d.getPath(), d));
        for (AdminFileVersion v : versions.findLive()) {
            AdminFileDraft d = draftsByPath.get(v.getPath());
            byPath.put(v.getPath(), new FileSummary(v.getPath(), kindId(v.getPath()), v.getVersion(), v.getCreatedAt(),
                    v.getCreatedBy(), d != null, d == null ? 0 : d.getProblems(), d == null ? null : d.getUpdatedBy()));
        }
        draftsByPath.values().stream().filter(d -> !byPath.containsKey(d.getPath()))
                .forEach(d -> byPath.put(d.getPath(), new FileSummary(d.getPath(), kindId(d.getPath()), 0, null, null,
                        true, d.getProblems(), d.getUpdatedBy())));
        return List.copyOf(byPath.values());
    }

    @Override
    public Optional<FileText> live(String path) {
        return versions.findFirstByPathOrderByVersionDesc(path).map(AdminFileCatalogService::text);
    }

    @Override
    public Optional<FileText> version(String path, int version) {
        return versions.findByPathAndVersion(path, version).map(AdminFileCatalogService::text);
    }

    @Override
    public List<FileVersion> versions(String path) {
        return versions.findByPathOrderByVersionDesc(path).stream()
                .map(v -> new FileVersion(v.getVersion(), v.getCreatedAt(), v.getCreatedBy(), v.getOrigin().name(),
                        v.getOriginVersion()))
                .toList();
    }

    @Override
    public Optional<FileDraft> draft(String path) {
        return drafts.findById(path).map(d -> new FileDraft(d.getPath(), d.getBaseVersion(), d.getContent(),
                d.getUpdatedAt(), d.getUpdatedBy(), d.getProblems()));
    }

    @Override
    public Optional<String> kindOf(String path) {
        return kinds.owner(path).map(AdminFileKind::id);
    }

    @Override
    public List<FileProblem> validate(String path, String content) {
        AdminFileKind kind = owner(path);
        checkText(content);
        return check(kind, path, content, files.drafts().with(path, content));
    }

    @Override
    public List<FileProblem> saveDraft(String path, String content, String actor) {
        AdminFileKind kind = owner(path);
        checkText(content);
        List<FileProblem> problems = check(kind, path, content, files.drafts().with(path, content));
        try {
            transaction.executeWithoutResult(s -> {
                AdminFileDraft draft = drafts.findById(path).orElse(null);
                if (draft == null) {
                    int base = versions.findFirstByPathOrderByVersionDesc(path).map(AdminFileVersion::getVersion).orElse(0);
                    draft = new AdminFileDraft(path, base);
                    audit.record(actor, "FILE_DRAFT", AUDIT_SUBJECT, path, "from version " + base);
                }
                draft.write(content, FileProblem.errors(problems).size(), clock.instant(), actor);
                drafts.save(draft);
            });
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new AdminFileException(Reason.CONFLICT, "the draft was saved by someone else at the same moment");
        } finally {
            files.draftsChanged();
        }
        return problems;
    }

    @Override
    public void discardDraft(String path, String actor) {
        transaction.executeWithoutResult(s -> drafts.findById(path).ifPresent(d -> {
            drafts.delete(d);
            audit.record(actor, "FILE_DRAFT_DISCARD", AUDIT_SUBJECT, path, null);
        }));
        files.draftsChanged();
    }

    @Override
    public int publish(String path, String actor) {
        AdminFileKind kind = owner(path);
        AdminFileDraft draft = drafts.findById(path)
                .orElseThrow(() -> new AdminFileException(Reason.NO_DRAFT, "there is no draft of " + path));
        List<FileProblem> problems = FileProblem.errors(check(kind, path, draft.getContent(),
                files.published().with(path, draft.getContent())));
        if (!problems.isEmpty()) {
            throw new AdminFileException(Reason.INVALID, path + " has problems", Map.of(path, problems));
        }
        int version = write(() -> {
            AdminFileDraft current = drafts.findById(path)
                    .orElseThrow(() -> new AdminFileException(Reason.NO_DRAFT, "there is no draft of " + path));
            if (current.getRevision() != draft.getRevision()) {
                throw new AdminFileException(Reason.CONFLICT, "the draft changed while it was being published");
            }
            drafts.delete(current);
            return newVersion(path, current.getContent(), AdminFileVersion.Origin.PUBLISH, null, actor,
                    "FILE_PUBLISH", "from version " + current.getBaseVersion());
        });
        log.info("{} published as version {}", path, version);
        return version;
    }

    @Override
    public Map<String, Integer> publishAll(String actor) {
        List<AdminFileDraft> all = drafts.findAll();
        if (all.isEmpty()) {
            throw new AdminFileException(Reason.NO_DRAFT, "there are no drafts");
        }
        AdminFileSet set = files.published().with(all.stream().map(d -> AdminFile.of(d.getPath(), d.getContent())).toList());
        Map<String, List<FileProblem>> problems = new TreeMap<>();
        for (AdminFileDraft d : all) {
            List<FileProblem> p = FileProblem.errors(check(owner(d.getPath()), d.getPath(), d.getContent(), set));
            if (!p.isEmpty()) {
                problems.put(d.getPath(), p);
            }
        }
        if (!problems.isEmpty()) {
            throw new AdminFileException(Reason.INVALID, "drafts have problems: " + problems.keySet(), problems);
        }
        Map<String, Integer> published = new TreeMap<>();
        write(() -> {
            for (AdminFileDraft d : all) {
                AdminFileDraft current = drafts.findById(d.getPath()).orElse(null);
                if (current == null || current.getRevision() != d.getRevision()) {
                    throw new AdminFileException(Reason.CONFLICT, "a draft changed while the drafts were being published");
                }
                drafts.delete(current);
                published.put(d.getPath(), newVersion(d.getPath(), d.getContent(), AdminFileVersion.Origin.PUBLISH, null,
                        actor, "FILE_PUBLISH", "from version " + d.getBaseVersion() + ", with every draft"));
            }
            return 0;
        });
        log.info("every draft published: {}", published);
        return published;
    }

    @Override
    public int rollback(String path, int version, String actor) {
        AdminFileKind kind = owner(path);
        AdminFileVersion target = versions.findByPathAndVersion(path, version)
                .orElseThrow(() -> new AdminFileException(Reason.NOT_FOUND, path + " has no version " + version));
        List<FileProblem> problems = FileProblem.errors(check(kind, path, target.getContent(),
                files.published().with(path, target.getContent())));
        if (!problems.isEmpty()) {
            throw new AdminFileException(Reason.INVALID, "version " + version + " of " + path
                    + " does not fit the files live now", Map.of(path, problems));
        }
        int made = write(() -> newVersion(path, target.getContent(), AdminFileVersion.Origin.ROLLBACK, version, actor,
                "FILE_ROLLBACK", "to the text of version " + version));
        log.info("{} rolled back to the text of version {} as version {}", path, version, made);
        return made;
    }

    @Override
    public FileDiff diff(String path, String before, String after) {
        return LineDiff.of(before, after);
    }

    @Override
    public byte[] exportZip() {
        return FileArchive.write(files.published());
    }

    @Override
    public ImportReport importZip(byte[] zip, String actor) {
        Map<String, String> entries = FileArchive.read(zip);
        List<String> drafted = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (Map.Entry<String, String> e : entries.entrySet()) {
            String path = e.getKey();
            if (kinds.owner(path).isEmpty()) {
                ignored.add(path);
                continue;
            }
            String content = e.getValue();
            boolean sameAsLive = live(path).map(t -> t.content().equals(content)).orElse(false);
            boolean sameAsDraft = draft(path).map(d -> d.content().equals(content)).orElse(false);
            if (sameAsLive && draft(path).isEmpty() || sameAsDraft) {
                unchanged.add(path);
                continue;
            }
            saveDraft(path, content, actor);
            drafted.add(path);
        }
        return new ImportReport(List.copyOf(drafted), List.copyOf(unchanged), List.copyOf(ignored));
    }

    // ------------------------------------------------------------------------------------------------------------

    private interface Write {
        int run();
    }

    /** One transaction; then the modules reload (also when it failed half-way: nothing changed then). */
    private int write(Write work) {
        try {
            Integer result = transaction.execute(s -> work.run());
            return result == null ? 0 : result;
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException e) {
            throw new AdminFileException(Reason.CONFLICT, "someone else changed the file at the same moment");
        } finally {
            files.refresh();
            files.draftsChanged();
        }
    }

    private int newVersion(String path, String content, AdminFileVersion.Origin origin, Integer originVersion,
                           String actor, String action, String detail) {
        Optional<AdminFileVersion> live = versions.findFirstByPathOrderByVersionDesc(path);
        if (live.isPresent() && live.get().getContent().equals(content)) {
            audit.record(actor, action, AUDIT_SUBJECT, path, "version " + live.get().getVersion() + " (unchanged), " + detail);
            return live.get().getVersion();
        }
        int next = live.map(v -> v.getVersion() + 1).orElse(1);
        versions.saveAndFlush(new AdminFileVersion(path, next, content, origin, originVersion, clock.instant(), actor));
        audit.record(actor, action, AUDIT_SUBJECT, path, "version " + next + ", " + detail);
        return next;
    }

    private AdminFileKind owner(String path) {
        if (!FileKinds.wellFormed(path)) {
            throw new AdminFileException(Reason.NOT_FOUND, "not an administrator file: " + path);
        }
        return kinds.owner(path)
                .orElseThrow(() -> new AdminFileException(Reason.NOT_FOUND, "no module reads a file " + path));
    }

    private static void checkText(String content) {
        if (content == null) {
            throw new AdminFileException(Reason.BAD_REQUEST, "send the file's YAML text");
        }
        if (content.length() > MAX_CONTENT) {
            throw new AdminFileException(Reason.BAD_REQUEST, "the text is longer than " + MAX_CONTENT + " characters");
        }
        if (content.indexOf('\0') >= 0) {
            throw new AdminFileException(Reason.BAD_REQUEST, "the text contains a NUL character");
        }
    }

    private List<FileProblem> check(AdminFileKind kind, String path, String content, AdminFileSet context) {
        try {
            return List.copyOf(kind.validate(path, content, context));
        } catch (RuntimeException e) {
            log.error("the {} validator failed on {}: {}", kind.id(), path, e.getClass().getName(), e);
            return List.of(new FileProblem(1, 1, messages.getMessage("admin.validator-failed", null, Locale.JAPANESE)));
        }
    }

    private String kindId(String path) {
        return kinds.owner(path).map(AdminFileKind::id).orElse("unknown");
    }

    private static FileText text(AdminFileVersion v) {
        return new FileText(v.getPath(), v.getVersion(), v.getContent());
    }
}
