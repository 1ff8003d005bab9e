package vn.gov.hoso.organisation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.organisation.TransferKind;
import vn.gov.hoso.organisation.TransferStatus;
import vn.gov.hoso.organisation.TransferView;

/** Row of table {@code org_transfer}. */
@Entity
@Table(name = "org_transfer")
public class TransferEntity {

  @Id private String id;
  @Enumerated(EnumType.STRING) private TransferKind kind;
  private String username;
  @Column(name = "from_unit_id") private String fromUnitId;
  @Column(name = "to_unit_id") private String toUnitId;
  @Column(name = "position_name") private @Nullable String positionName;
  @Column(name = "decision_number") private @Nullable String decisionNumber;
  @Column(name = "effective_date") private LocalDate effectiveDate;
  @Column(name = "document_name") private @Nullable String documentName;
  @Column(name = "document_type") private @Nullable String documentType;
  @Column(name = "document_data") private byte @Nullable [] documentData;
  @Enumerated(EnumType.STRING) private TransferStatus status;
  @Column(name = "decided_by") private String decidedBy;
  @Column(name = "decided_at") private Instant decidedAt;
  @Column(name = "handed_over_by") private @Nullable String handedOverBy;
  @Column(name = "accepted_by") private @Nullable String acceptedBy;
  @Column(name = "completed_at") private @Nullable Instant completedAt;
  private @Nullable String note;

  protected TransferEntity() {
    // JPA
    this("", TransferKind.INTERNAL, "", "", "", null, null, LocalDate.EPOCH, "", Instant.EPOCH);
  }

  public TransferEntity(String id, TransferKind kind, String username, String fromUnitId, String toUnitId,
      @Nullable String positionName, @Nullable String decisionNumber, LocalDate effectiveDate, String decidedBy,
      Instant decidedAt) {
    this.id = id;
    this.kind = kind;
    this.username = username;
    this.fromUnitId = fromUnitId;
    this.toUnitId = toUnitId;
    this.positionName = positionName;
    this.decisionNumber = decisionNumber;
    this.effectiveDate = effectiveDate;
    this.status = TransferStatus.DECIDED;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  public void attach(String name, String type, byte[] data) {
    this.documentName = name;
    this.documentType = type;
    this.documentData = data.clone();
  }

  public void handOver(String actor) {
    this.status = TransferStatus.HANDED_OVER;
    this.handedOverBy = actor;
  }

  /** The receiving unit sent the case back to the releasing unit. */
  public void sendBack(String reason) {
    this.status = TransferStatus.DECIDED;
    this.note = reason;
  }

  public void cancel(String reason, Instant at) {
    this.status = TransferStatus.CANCELLED;
    this.note = reason;
    this.completedAt = at;
  }

  public void complete(String actor, Instant at) {
    this.status = TransferStatus.DONE;
    this.acceptedBy = actor;
    this.completedAt = at;
  }

  public String getUsername() {
    return username;
  }

  public TransferStatus getStatus() {
    return status;
  }

  public @Nullable String getDocumentType() {
    return documentType;
  }

  public byte @Nullable [] getDocumentData() {
    return documentData == null ? null : documentData.clone();
  }

  public TransferView toView() {
    return new TransferView(id, kind, username, fromUnitId, toUnitId, positionName, decisionNumber, effectiveDate,
        documentName, status, decidedBy, decidedAt, handedOverBy, acceptedBy, completedAt, note);
  }
}
