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

/**
 * Row of {@code dossier_version}: never updated once written, except that the key rotation re-encrypts its sensitive
 * part ({@link DossierVersionRepository#reencrypt}), which leaves the plaintext unchanged. Split like {@link
 * DossierEntity}.
 */
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

  @Column(name = "sensitive_content")
  private @Nullable String sensitiveContent;

  @Column(name = "sensitive_key_id")
  private @Nullable String sensitiveKeyId;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  protected DossierVersionEntity() {
    this("", 0, new StoredContent("{}", null, null), "", Instant.EPOCH);
  }

  public DossierVersionEntity(String dossierId, int number, StoredContent content, String submittedBy,
      Instant submittedAt) {
    this.dossierId = dossierId;
    this.number = number;
    this.content = content.plain();
    this.sensitiveContent = content.sensitive();
    this.sensitiveKeyId = content.keyId();
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  public String getDossierId() {
    return dossierId;
  }

  public int getNumber() {
    return number;
  }

  public @Nullable Long getId() {
    return id;
  }

  public StoredContent getContent() {
    return new StoredContent(content, sensitiveContent, sensitiveKeyId);
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
