package vn.gov.hoso.sync.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/** Row of {@code sync_record}: the outbox entry of one signed dossier version and its national answer. */
@Entity
@DynamicUpdate
@Table(name = "sync_record")
public class SyncRecordEntity {

  @Id
  private String id;

  @Column(name = "idempotency_key")
  private String idempotencyKey;

  @Column(name = "dossier_id")
  private String dossierId;

  @Column(name = "version_number")
  private int versionNumber;

  @Column(name = "unit_id")
  private String unitId;

  @Column(name = "unit_path")
  private String unitPath;

  @Column(name = "delivery_mode")
  private String deliveryMode;

  @Column(name = "batch_id")
  private @Nullable String batchId;

  private String status;

  @Column(name = "signed_at")
  private Instant signedAt;

  @Column(name = "queued_at")
  private Instant queuedAt;

  private int attempts;

  @Column(name = "last_attempt_at")
  private @Nullable Instant lastAttemptAt;

  @Column(name = "answered_at")
  private @Nullable Instant answeredAt;

  @Column(name = "national_id")
  private @Nullable String nationalId;

  @Column(name = "error_code")
  private @Nullable String errorCode;

  @Column(name = "error_vi")
  private @Nullable String errorVi;

  @Column(name = "error_en")
  private @Nullable String errorEn;

  protected SyncRecordEntity() {
    this("", "", "", 1, "", "", "", "", Instant.EPOCH, Instant.EPOCH);
  }

  public SyncRecordEntity(String id, String idempotencyKey, String dossierId, int versionNumber, String unitId,
      String unitPath, String deliveryMode, String status, Instant signedAt, Instant queuedAt) {
    this.id = id;
    this.idempotencyKey = idempotencyKey;
    this.dossierId = dossierId;
    this.versionNumber = versionNumber;
    this.unitId = unitId;
    this.unitPath = unitPath;
    this.deliveryMode = deliveryMode;
    this.status = status;
    this.signedAt = signedAt;
    this.queuedAt = queuedAt;
  }

  /** The national answer (or the pre-sync refusal). */
  public void answer(String status, Instant at, @Nullable String nationalId, @Nullable String errorCode,
      @Nullable String errorVi, @Nullable String errorEn) {
    this.status = status;
    this.answeredAt = at;
    this.nationalId = nationalId;
    this.errorCode = errorCode;
    this.errorVi = errorVi;
    this.errorEn = errorEn;
  }

  /** Back to the outbox after a fix: the next delivery uses the same idempotency key. */
  public void reopen(String pending) {
    this.status = pending;
    this.answeredAt = null;
    this.errorCode = null;
    this.errorVi = null;
    this.errorEn = null;
  }

  public void assignTo(String batchId) {
    this.batchId = batchId;
  }

  public String getId() {
    return id;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public String getDossierId() {
    return dossierId;
  }

  public int getVersionNumber() {
    return versionNumber;
  }

  public String getUnitId() {
    return unitId;
  }

  public String getUnitPath() {
    return unitPath;
  }

  public String getDeliveryMode() {
    return deliveryMode;
  }

  public @Nullable String getBatchId() {
    return batchId;
  }

  public String getStatus() {
    return status;
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  public int getAttempts() {
    return attempts;
  }

  public @Nullable String getNationalId() {
    return nationalId;
  }

  public @Nullable String getErrorCode() {
    return errorCode;
  }

  public @Nullable String getErrorVi() {
    return errorVi;
  }

  public @Nullable String getErrorEn() {
    return errorEn;
  }
}
