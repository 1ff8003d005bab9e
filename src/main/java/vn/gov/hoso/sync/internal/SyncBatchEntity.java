package vn.gov.hoso.sync.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Row of {@code sync_batch}: the records of one month, approved and signed before they are sent. */
@Entity
@Table(name = "sync_batch")
public class SyncBatchEntity {

  public static final String COLLECTED = "COLLECTED";
  public static final String APPROVED = "APPROVED";

  @Id
  private String id;

  @Column(name = "batch_month")
  private String month;

  private String status;

  @Column(name = "collected_at")
  private Instant collectedAt;

  @Column(name = "approved_by")
  private @Nullable String approvedBy;

  @Column(name = "approved_at")
  private @Nullable Instant approvedAt;

  @Column(name = "manifest_signature")
  private @Nullable String manifestSignature;

  protected SyncBatchEntity() {
    this("", "", Instant.EPOCH);
  }

  public SyncBatchEntity(String id, String month, Instant collectedAt) {
    this.id = id;
    this.month = month;
    this.status = COLLECTED;
    this.collectedAt = collectedAt;
  }

  public void approve(String director, Instant at, String signature) {
    this.status = APPROVED;
    this.approvedBy = director;
    this.approvedAt = at;
    this.manifestSignature = signature;
  }

  public String getId() {
    return id;
  }

  public String getMonth() {
    return month;
  }

  public String getStatus() {
    return status;
  }

  public @Nullable String getApprovedBy() {
    return approvedBy;
  }

  public @Nullable String getManifestSignature() {
    return manifestSignature;
  }
}
