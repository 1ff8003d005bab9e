package vn.gov.hoso.reporting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Row of {@code statutory_report}: one unit's generated report of a round, and its submission. */
@Entity
@Table(name = "statutory_report")
public class StatutoryReportEntity {

  @Id private String id;
  private String kind;
  private String period;

  @Column(name = "unit_id")
  private String unitId;

  @Column(name = "as_of")
  private LocalDate asOf;

  @Column(name = "file_name")
  private String fileName;

  private byte[] content;

  @Column(name = "generated_at")
  private Instant generatedAt;

  @Column(name = "submitted_at")
  private @Nullable Instant submittedAt;

  @Column(name = "submitted_by")
  private @Nullable String submittedBy;

  private @Nullable String note;

  protected StatutoryReportEntity() {
    this("", "", "", "", LocalDate.EPOCH, "", new byte[0], Instant.EPOCH);
  }

  public StatutoryReportEntity(String id, String kind, String period, String unitId, LocalDate asOf, String fileName,
      byte[] content, Instant generatedAt) {
    this.id = id;
    this.kind = kind;
    this.period = period;
    this.unitId = unitId;
    this.asOf = asOf;
    this.fileName = fileName;
    this.content = content;
    this.generatedAt = generatedAt;
  }

  public String getId() {
    return id;
  }

  public String getKind() {
    return kind;
  }

  public String getPeriod() {
    return period;
  }

  public String getUnitId() {
    return unitId;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public String getFileName() {
    return fileName;
  }

  public byte[] getContent() {
    return content;
  }

  public Instant getGeneratedAt() {
    return generatedAt;
  }

  public @Nullable Instant getSubmittedAt() {
    return submittedAt;
  }

  public @Nullable String getSubmittedBy() {
    return submittedBy;
  }

  public void submit(Instant at, String by, @Nullable String note) {
    this.submittedAt = at;
    this.submittedBy = by;
    this.note = note;
  }
}
