package vn.gov.hoso.dossier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Row of table {@code retirement_notice}: the forecast's notice for this person was opened. */
@Entity
@Table(name = "retirement_notice")
public class RetirementNoticeEntity {

  @Id @Column(name = "dossier_id") private String dossierId;
  @Column(name = "unit_id") private String unitId;
  @Column(name = "retirement_date") private LocalDate retirementDate;
  @Column(name = "noticed_at") private Instant noticedAt;

  protected RetirementNoticeEntity() {
    this("", "", LocalDate.EPOCH, Instant.EPOCH);
  }

  public RetirementNoticeEntity(String dossierId, String unitId, LocalDate retirementDate, Instant noticedAt) {
    this.dossierId = dossierId;
    this.unitId = unitId;
    this.retirementDate = retirementDate;
    this.noticedAt = noticedAt;
  }

  public String getDossierId() {
    return dossierId;
  }
}
