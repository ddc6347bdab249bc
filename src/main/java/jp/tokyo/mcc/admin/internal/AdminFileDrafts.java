package jp.tokyo.mcc.admin.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The drafts, one per file at most. */
public interface AdminFileDrafts extends JpaRepository<AdminFileDraft, String> {

    /**
     * One row: how many drafts, the sum of their revisions and the latest save; it changes whenever a draft is saved,
     * published or discarded (here or in another process).
     */
    @Query("SELECT COUNT(d), COALESCE(SUM(d.revision), 0), MAX(d.updatedAt) FROM AdminFileDraft d")
    List<Object[]> revision();
}
