package vn.gov.hoso.dossier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.dossier.DossierStatus;
import vn.gov.hoso.dossier.HistoryAction;
import vn.gov.hoso.dossier.HistoryEntry;

/** Row of {@code dossier_history}, the "Lịch sử cập nhật". */
@Entity
@Immutable
@Table(name = "dossier_history")
public class DossierHistoryEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "dossier_id")
  private String dossierId;

  private Instant at;
  private String actor;
  private String action;
  private String status;

  @Column(name = "version_number")
  private @Nullable Integer versionNumber;

  private @Nullable String note;

  protected DossierHistoryEntity() {
    this("", Instant.EPOCH, "", HistoryAction.OPEN, DossierStatus.DRAFT, null, null);
  }

  public DossierHistoryEntity(String dossierId, Instant at, String actor, HistoryAction action, DossierStatus status,
      @Nullable Integer versionNumber, @Nullable String note) {
    this.dossierId = dossierId;
    this.at = at;
    this.actor = actor;
    this.action = action.name();
    this.status = status.name();
    this.versionNumber = versionNumber;
    this.note = note;
  }

  public HistoryEntry toEntry() {
    return new HistoryEntry(at, actor, HistoryAction.valueOf(action), DossierStatus.valueOf(status), versionNumber,
        note);
  }
}
