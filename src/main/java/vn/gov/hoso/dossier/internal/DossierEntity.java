package vn.gov.hoso.dossier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Row of table {@code dossier}: the current (draft) content as JSON without its sensitive fields, the sensitive fields
 * as an encrypted envelope ({@code sensitive_content}, key id in {@code sensitive_key_id}; both null on rows written
 * before encryption, whose {@code content} still holds everything until they are encrypted), plus columns extracted
 * for lists and search.
 */
@Entity
@Table(name = "dossier")
public class DossierEntity {

  @Id private String id;

  @Column(name = "full_name")
  private @Nullable String fullName;

  @Column(name = "full_name_search")
  private @Nullable String fullNameSearch;

  private @Nullable String gender;

  @Column(name = "date_of_birth")
  private @Nullable LocalDate dateOfBirth;

  @Column(name = "employing_unit_id")
  private String employingUnitId;

  @Column(name = "unit_path")
  private String unitPath;

  @Column(name = "personnel_category")
  private @Nullable String personnelCategory;

  private String status;
  private String content;

  @Column(name = "sensitive_content")
  private @Nullable String sensitiveContent;

  @Column(name = "sensitive_key_id")
  private @Nullable String sensitiveKeyId;

  @Column(name = "current_version")
  private int currentVersion;

  @Column(name = "last_note")
  private @Nullable String lastNote;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  private boolean locked;

  @Column(name = "locked_version")
  private @Nullable Integer lockedVersion;

  @Column(name = "open_change_id")
  private @Nullable String openChangeId;

  /** Code of {@link vn.gov.hoso.dossier.EmploymentStatus}; {@code ACTIVE} for a new dossier. */
  @Column(name = "employment_status")
  private String employmentStatus = "ACTIVE";

  /** When the dossier moved to the permanent archive (read-only, never deleted); null while active. */
  @Column(name = "archived_at")
  private @Nullable Instant archivedAt;

  @Column(name = "rank_or_title_code")
  private @Nullable String rankOrTitleCode;

  @Column(name = "salary_group")
  private @Nullable String salaryGroup;

  @Column(name = "salary_step")
  private @Nullable Integer salaryStep;

  @Column(name = "education_level")
  private @Nullable String educationLevel;

  @Column(name = "political_theory_level")
  private @Nullable String politicalTheoryLevel;

  @Column(name = "ethnicity_code")
  private @Nullable String ethnicityCode;

  @Column(name = "religion_code")
  private @Nullable String religionCode;

  @Column(name = "party_member")
  private @Nullable Boolean partyMember;

  @Column(name = "first_recruitment_date")
  private @Nullable LocalDate firstRecruitmentDate;

  @Column(name = "position_appointed_date")
  private @Nullable LocalDate positionAppointedDate;

  @Column(name = "job_position")
  private @Nullable String jobPosition;

  /** When the head last signed a version of this dossier. */
  @Column(name = "last_signed_at")
  private @Nullable Instant lastSignedAt;

  /** {@link SearchFields#VERSION} once the columns above are extracted from the content; 0 on older rows. */
  @Column(name = "search_columns_version")
  private int searchColumnsVersion;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected DossierEntity() {
    this("", "", "", "", "{}", Instant.EPOCH, "");
  }

  public DossierEntity(String id, String employingUnitId, String unitPath, String status, String content,
      Instant createdAt, String createdBy) {
    this.id = id;
    this.employingUnitId = employingUnitId;
    this.unitPath = unitPath;
    this.status = status;
    this.content = content;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
    this.updatedBy = createdBy;
  }

  public String getId() {
    return id;
  }

  public @Nullable String getFullName() {
    return fullName;
  }

  public @Nullable String getGender() {
    return gender;
  }

  public @Nullable LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public String getEmployingUnitId() {
    return employingUnitId;
  }

  public String getUnitPath() {
    return unitPath;
  }

  public @Nullable String getPersonnelCategory() {
    return personnelCategory;
  }

  public String getStatus() {
    return status;
  }

  public String getContent() {
    return content;
  }

  public @Nullable String getSensitiveContent() {
    return sensitiveContent;
  }

  public @Nullable String getSensitiveKeyId() {
    return sensitiveKeyId;
  }

  public int getCurrentVersion() {
    return currentVersion;
  }

  public @Nullable String getLastNote() {
    return lastNote;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public void setExtracted(@Nullable String fullName, @Nullable String fullNameSearch, @Nullable String gender,
      @Nullable LocalDate dateOfBirth, @Nullable String personnelCategory) {
    this.fullName = fullName;
    this.fullNameSearch = fullNameSearch;
    this.gender = gender;
    this.dateOfBirth = dateOfBirth;
    this.personnelCategory = personnelCategory;
  }

  /** The search columns extracted from the content. */
  public void setSearchFields(SearchFields f) {
    this.rankOrTitleCode = f.rankOrTitleCode();
    this.salaryGroup = f.salaryGroup();
    this.salaryStep = f.salaryStep();
    this.educationLevel = f.educationLevel();
    this.politicalTheoryLevel = f.politicalTheoryLevel();
    this.ethnicityCode = f.ethnicityCode();
    this.religionCode = f.religionCode();
    this.partyMember = f.partyMember();
    this.firstRecruitmentDate = f.firstRecruitmentDate();
    this.positionAppointedDate = f.positionAppointedDate();
    this.jobPosition = f.jobPosition();
    this.searchColumnsVersion = SearchFields.VERSION;
  }

  public SearchFields getSearchFields() {
    return new SearchFields(rankOrTitleCode, salaryGroup, salaryStep, educationLevel, politicalTheoryLevel,
        ethnicityCode, religionCode, partyMember, firstRecruitmentDate, positionAppointedDate, jobPosition);
  }

  public @Nullable Instant getLastSignedAt() {
    return lastSignedAt;
  }

  public void recordSignedAt(Instant at) {
    this.lastSignedAt = at;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** Stores the content split in its plain and its encrypted part. */
  public void setContent(StoredContent stored) {
    this.content = stored.plain();
    this.sensitiveContent = stored.sensitive();
    this.sensitiveKeyId = stored.keyId();
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public void setCurrentVersion(int currentVersion) {
    this.currentVersion = currentVersion;
  }

  public void setLastNote(@Nullable String lastNote) {
    this.lastNote = lastNote;
  }

  /** Whether the confirmed version is locked: the employee cannot edit it unless a change or an unlock opens it. */
  public boolean isLocked() {
    return locked;
  }

  /** The last confirmed (locked) version; a change is compared against it. */
  public @Nullable Integer getLockedVersion() {
    return lockedVersion;
  }

  public @Nullable String getOpenChangeId() {
    return openChangeId;
  }

  /** Locks the current version (just confirmed). */
  public void lockCurrentVersion() {
    this.locked = true;
    this.lockedVersion = currentVersion;
    this.openChangeId = null;
  }

  /** Opens the locked dossier for editing: by a change ({@code changeId}) or by an authorised unlock (null). */
  public void unlock(@Nullable String changeId) {
    this.locked = false;
    this.openChangeId = changeId;
  }

  public String getEmploymentStatus() {
    return employmentStatus;
  }

  public @Nullable Instant getArchivedAt() {
    return archivedAt;
  }

  /** The employment status as its enum. */
  public vn.gov.hoso.dossier.EmploymentStatus employment() {
    return vn.gov.hoso.dossier.EmploymentStatus.valueOf(employmentStatus);
  }

  /** Records the employment status (code of {@link vn.gov.hoso.dossier.EmploymentStatus}). */
  public void recordEmploymentStatus(String code) {
    this.employmentStatus = code;
  }

  /** Moves the dossier to the permanent archive. */
  public void archive(Instant at) {
    this.archivedAt = at;
  }

  public void moveTo(String newUnitId, String newUnitPath) {
    this.employingUnitId = newUnitId;
    this.unitPath = newUnitPath;
  }

  public void touch(Instant at, String by) {
    this.updatedAt = at;
    this.updatedBy = by;
  }
}
