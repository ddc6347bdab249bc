package jp.tokyo.mcc.admin.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jp.tokyo.mcc.PersistenceConfiguration;
import jp.tokyo.mcc.shared.AdminFile;
import jp.tokyo.mcc.shared.AdminFileSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At a start, the flows/ folder ({@code app.flows.dir}, or the copy packaged with the application when there is no
 * such folder) seeds the database: a file with no version yet becomes version 1. A file whose live version still
 * is a seed (no administrator published it in the browser) follows the folder: a changed file becomes a new seed
 * version, so that a release's files reach a center that never edited them. A file an administrator published
 * stays as they published it (the difference is logged).
 */
@Component
class FolderSeed {

    static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(FolderSeed.class);

    private final Path folder;
    private final FileKinds kinds;
    private final AdminFileVersions versions;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FolderSeed(@Value("${app.flows.dir:./flows}") Path folder, FileKinds kinds, AdminFileVersions versions,
               @Qualifier(PersistenceConfiguration.JPA) PlatformTransactionManager jpa) {
        this.folder = folder.toAbsolutePath().normalize();
        this.kinds = kinds;
        this.versions = versions;
        this.transaction = new TransactionTemplate(jpa);
        this.clock = Clock.systemUTC();
    }

    /** Seeds what is missing or changed; another process seeding at the same moment is no error. */
    void run() {
        boolean fromFolder = Files.isDirectory(folder);
        AdminFileSet files = fromFolder ? AdminFileSet.readFolder(folder) : AdminFileSet.readPackaged();
        String source = fromFolder ? folder.toString() : "the copy packaged with the application";
        try {
            List<String> seeded = transaction.execute(s -> seed(files));
            if (!seeded.isEmpty()) {
                log.info("administrator files seeded from {}: {}", source, seeded);
            }
        } catch (DataIntegrityViolationException e) {
            log.info("administrator files were seeded by another process at the same moment");
        }
    }

    private List<String> seed(AdminFileSet files) {
        List<String> seeded = new ArrayList<>();
        for (AdminFile file : files.all()) {
            if (kinds.owner(file.path()).isEmpty()) {
                continue; // e.g. schema or documentation files
            }
            AdminFileVersion live = versions.findFirstByPathOrderByVersionDesc(file.path()).orElse(null);
            if (live == null) {
                versions.save(new AdminFileVersion(file.path(), 1, file.content(), AdminFileVersion.Origin.SEED, null,
                        clock.instant(), SYSTEM));
                seeded.add(file.path() + "@1");
            } else if (!live.getContent().equals(file.content())) {
                if (live.getOrigin() == AdminFileVersion.Origin.SEED) {
                    int next = live.getVersion() + 1;
                    versions.save(new AdminFileVersion(file.path(), next, file.content(), AdminFileVersion.Origin.SEED,
                            null, clock.instant(), SYSTEM));
                    seeded.add(file.path() + "@" + next);
                } else {
                    log.info("{} in the folder differs from live version {}, which an administrator made; the live "
                            + "version stays (upload the file to use it)", file.path(), live.getVersion());
                }
            }
        }
        return seeded;
    }
}
