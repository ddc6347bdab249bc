package jp.tokyo.mcc.admin.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every published version of every administrator file. */
public interface AdminFileVersions extends JpaRepository<AdminFileVersion, Long> {

    /** The live version of each file (its newest). */
    @Query("SELECT v FROM AdminFileVersion v WHERE v.version = "
            + "(SELECT MAX(w.version) FROM AdminFileVersion w WHERE w.path = v.path) ORDER BY v.path")
    List<AdminFileVersion> findLive();

    Optional<AdminFileVersion> findFirstByPathOrderByVersionDesc(String path);

    Optional<AdminFileVersion> findByPathAndVersion(String path, int version);

    List<AdminFileVersion> findByPathOrderByVersionDesc(String path);

    /** Grows with every version written here or by another process: the published files' revision. */
    @Query("SELECT COALESCE(MAX(v.id), 0) FROM AdminFileVersion v")
    long revision();
}
