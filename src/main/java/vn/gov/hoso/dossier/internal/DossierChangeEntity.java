package vn.gov.hoso.dossier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.dossier.ChangeStatus;
import vn.gov.hoso.dossier.ChangeType;
import vn.gov.hoso.dossier.DossierChangeView;

/** Row of {@code dossier_change}: a change of a locked dossier, declared by the employee after an event. */
@Entity
@Table(name = "dossier_change")
public class DossierChangeEntity {

  @Id private String id;

  @Column(name = "dossier_id")
  private String dossierId;

  @Column(name = "change_type")
  private String changeType;

  @Column(name = "event_date")
  private LocalDate eventDate;

  private String description;
  private String status;

  @Column(name = "base_version")
  private @Nullable Integer baseVersion;

  @Column(name = "version_number")
  private @Nullable Integer versionNumber;

  @Column(name = "declared_by")
  private String declaredBy;

  @Column(name = "declared_at")
  private Instant declaredAt;

  @Column(name = "closed_at")
  private @Nullable Instant closedAt;

  protected DossierChangeEntity() {
    this("", "", ChangeType.OTHER, LocalDate.EPOCH, "", null, "", Instant.EPOCH);
  }

  public DossierChangeEntity(String id, String dossierId, ChangeType changeType, LocalDate eventDate,
      String description, @Nullable Integer baseVersion, String declaredBy, Instant declaredAt) {
    this.id = id;
    this.dossierId = dossierId;
    this.changeType = changeType.name();
    this.eventDate = eventDate;
    this.description = description;
    this.status = ChangeStatus.OPEN.name();
    this.baseVersion = baseVersion;
    this.declaredBy = declaredBy;
    this.declaredAt = declaredAt;
  }

  public String getId() {
    return id;
  }

  public Instant getDeclaredAt() {
    return declaredAt;
  }

  /** Closes the change: approved as {@code versionNumber}. */
  public void approve(int versionNumber, Instant at) {
    this.status = ChangeStatus.APPROVED.name();
    this.versionNumber = versionNumber;
    this.closedAt = at;
  }

  /** Closes the change without a new version (the dossier was unlocked or the process cancelled). */
  public void cancel(Instant at) {
    this.status = ChangeStatus.CANCELLED.name();
    this.closedAt = at;
  }

  public DossierChangeView toView() {
    return new DossierChangeView(id, dossierId, ChangeType.valueOf(changeType), eventDate, description,
        ChangeStatus.valueOf(status), baseVersion, versionNumber, declaredBy, declaredAt, closedAt);
  }
}
