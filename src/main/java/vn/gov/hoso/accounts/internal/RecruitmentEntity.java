package vn.gov.hoso.accounts.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.accounts.NewRecruitment;
import vn.gov.hoso.accounts.RecruitmentStatus;
import vn.gov.hoso.accounts.RecruitmentView;

@Entity
@Table(name = "acc_recruitment")
public class RecruitmentEntity {

  @Id private String id;
  @Column(name = "citizen_id") private String citizenId;
  @Column(name = "full_name") private String fullName;
  private String gender;
  @Column(name = "date_of_birth") private LocalDate dateOfBirth;
  @Column(name = "unit_id") private String unitId;
  @Column(name = "personnel_category") private String personnelCategory;
  @Column(name = "decision_number") private String decisionNumber;
  @Column(name = "decision_date") private LocalDate decisionDate;
  @Column(name = "start_date") private LocalDate startDate;
  @Column(name = "document_name") private String documentName;
  @Column(name = "document_type") private String documentType;
  @Column(name = "document_data") private byte[] documentData;
  private String status;
  private @Nullable String note;
  @Column(name = "received_by") private String receivedBy;
  @Column(name = "received_at") private Instant receivedAt;
  @Column(name = "decided_by") private @Nullable String decidedBy;
  @Column(name = "decided_at") private @Nullable Instant decidedAt;

  protected RecruitmentEntity() {
    // JPA
    this("", new NewRecruitment("", "", "", LocalDate.EPOCH, "", "", "", LocalDate.EPOCH, LocalDate.EPOCH), "", "",
        new byte[0], "", Instant.EPOCH);
  }

  public RecruitmentEntity(String id, NewRecruitment r, String documentName, String documentType, byte[] documentData,
      String receivedBy, Instant receivedAt) {
    this.id = id;
    this.citizenId = r.citizenId();
    this.fullName = r.fullName();
    this.gender = r.gender();
    this.dateOfBirth = r.dateOfBirth();
    this.unitId = r.unitId();
    this.personnelCategory = r.personnelCategory();
    this.decisionNumber = r.decisionNumber();
    this.decisionDate = r.decisionDate();
    this.startDate = r.startDate();
    this.documentName = documentName;
    this.documentType = documentType;
    this.documentData = documentData;
    this.status = RecruitmentStatus.RECEIVED.name();
    this.receivedBy = receivedBy;
    this.receivedAt = receivedAt;
  }

  public String getId() {
    return id;
  }

  public String getCitizenId() {
    return citizenId;
  }

  public String getFullName() {
    return fullName;
  }

  public String getGender() {
    return gender;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public String getUnitId() {
    return unitId;
  }

  public String getPersonnelCategory() {
    return personnelCategory;
  }

  public String getDocumentName() {
    return documentName;
  }

  public String getDocumentType() {
    return documentType;
  }

  public byte[] getDocumentData() {
    return documentData;
  }

  public RecruitmentStatus getStatus() {
    return RecruitmentStatus.valueOf(status);
  }

  public void decide(RecruitmentStatus outcome, @Nullable String decisionNote, String by, Instant at) {
    this.status = outcome.name();
    this.note = decisionNote;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  public void accountCreated() {
    this.status = RecruitmentStatus.ACCOUNT_CREATED.name();
  }

  public RecruitmentView toView() {
    return new RecruitmentView(id, citizenId, fullName, gender, dateOfBirth, unitId, personnelCategory,
        decisionNumber, decisionDate, startDate, documentName, getStatus(), note, receivedBy, receivedAt);
  }
}
