package jp.tokyo.mcc.admin.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The draft of an administrator file: kept as typed, also when it has problems, until it is published or discarded.
 * {@code baseVersion} is the version it was started from (0 for a new file).
 */
@Entity
@Table(name = "admin_file_draft")
public class AdminFileDraft {

    @Id
    @Column(length = 200)
    private String path;

    @Column(nullable = false, length = 1_000_000)
    private String content;

    @Column(name = "base_version", nullable = false)
    private int baseVersion;

    @Column(nullable = false)
    private int problems;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Version
    @Column(nullable = false)
    private long revision;

    protected AdminFileDraft() {
    }

    public AdminFileDraft(String path, int baseVersion) {
        this.path = path;
        this.baseVersion = baseVersion;
    }

    /** Keeps a new text of the draft, with how many problems it has. */
    public void write(String content, int problems, Instant at, String by) {
        this.content = content;
        this.problems = problems;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String getPath() {
        return path;
    }

    public String getContent() {
        return content;
    }

    public int getBaseVersion() {
        return baseVersion;
    }

    public int getProblems() {
        return problems;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getRevision() {
        return revision;
    }
}
