package jp.tokyo.mcc.admin.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One published version of an administrator file; never changed once written (the newest of a path is live). */
@Entity
@Table(name = "admin_file_version")
public class AdminFileVersion {

    /** How a version came to be. */
    public enum Origin {
        /** read from the flows/ folder or the packaged copy at a start */
        SEED,
        /** an administrator published a draft */
        PUBLISH,
        /** an administrator went back to an earlier version ({@link #getOriginVersion()}) */
        ROLLBACK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String path;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, length = 1_000_000)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Origin origin;

    @Column(name = "origin_version")
    private Integer originVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected AdminFileVersion() {
    }

    public AdminFileVersion(String path, int version, String content, Origin origin, Integer originVersion,
                            Instant createdAt, String createdBy) {
        this.path = path;
        this.version = version;
        this.content = content;
        this.origin = origin;
        this.originVersion = originVersion;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public String getPath() {
        return path;
    }

    public int getVersion() {
        return version;
    }

    public String getContent() {
        return content;
    }

    public Origin getOrigin() {
        return origin;
    }

    public Integer getOriginVersion() {
        return originVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
