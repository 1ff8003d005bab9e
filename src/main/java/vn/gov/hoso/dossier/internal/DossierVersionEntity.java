package vn.gov.hoso.dossier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.hibernate.annotations.Immutable;

/** Row of {@code dossier_version}: never updated once written. */
@Entity
@Immutable
@Table(name = "dossier_version")
public class DossierVersionEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(name = "dossier_id")
  private String dossierId;

  private int number;
  private String content;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  protected DossierVersionEntity() {
    this("", 0, "{}", "", Instant.EPOCH);
  }

  public DossierVersionEntity(String dossierId, int number, String content, String submittedBy, Instant submittedAt) {
    this.dossierId = dossierId;
    this.number = number;
    this.content = content;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  public String getDossierId() {
    return dossierId;
  }

  public int getNumber() {
    return number;
  }

  public String getContent() {
    return content;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
