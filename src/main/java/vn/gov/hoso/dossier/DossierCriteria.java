package vn.gov.hoso.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;

/**
 * Criteria of the dossier search ({@code GET /api/dossiers}); every criterion is optional and they combine with AND.
 * The results are always limited to the reader's scope. Values are the content's values (field identifiers of the
 * dossier schema in brackets).
 *
 * @param unitId a unit whose subtree is searched (must lie in the reader's scope)
 * @param q part of the name, diacritics and case ignored ("Nguyen Thi Thuy" finds "Nguyễn Thị Thủy"), or the beginning
 *     of a CCCD (digits only)
 * @param personnelCategory {@code personnelCategory}: Cán bộ, Công chức, Viên chức, Người lao động
 * @param rankOrTitleCode {@code rankOrTitleCode} (30.1), e.g. 01.003 or V.07.03.29
 * @param salaryGroup salary group of the rank (A0 … C3), from the catalog
 * @param salaryStep {@code salaryStep} (30.1)
 * @param educationLevel {@code highestQualification.level} (20): TSKH, TS, ThS, Đại học, Cao đẳng, Trung cấp, Sơ cấp
 * @param politicalTheoryLevel derived from {@code politicalTheoryTraining} (32.2): Cử nhân, Cao cấp, Trung cấp, Sơ cấp
 * @param ageFrom youngest age in whole years on {@code today}
 * @param ageTo oldest age in whole years on {@code today}
 * @param gender {@code gender}: Nam, Nữ
 * @param ethnicityCode {@code ethnicityCode} (6)
 * @param religionCode {@code religionCode} (7)
 * @param partyMember whether {@code partyAdmissionDate} (15) is set
 * @param status dossier status
 * @param employmentStatus employment status
 * @param recruitedFrom {@code firstRecruitmentDate} on or after
 * @param recruitedTo {@code firstRecruitmentDate} on or before
 * @param appointedFrom {@code positionAppointedDate} on or after
 * @param appointedTo {@code positionAppointedDate} on or before
 * @param signedFrom last signature on or after (day in Vietnam)
 * @param signedTo last signature on or before (day in Vietnam)
 * @param archived true: archived dossiers only; false: active only; null: both
 * @param today the day ages are counted on
 */
public record DossierCriteria(
    @Nullable String unitId,
    @Nullable String q,
    @Nullable String personnelCategory,
    @Nullable String rankOrTitleCode,
    @Nullable String salaryGroup,
    @Nullable Integer salaryStep,
    @Nullable String educationLevel,
    @Nullable String politicalTheoryLevel,
    @Nullable Integer ageFrom,
    @Nullable Integer ageTo,
    @Nullable String gender,
    @Nullable String ethnicityCode,
    @Nullable String religionCode,
    @Nullable Boolean partyMember,
    @Nullable DossierStatus status,
    @Nullable EmploymentStatus employmentStatus,
    @Nullable LocalDate recruitedFrom,
    @Nullable LocalDate recruitedTo,
    @Nullable LocalDate appointedFrom,
    @Nullable LocalDate appointedTo,
    @Nullable LocalDate signedFrom,
    @Nullable LocalDate signedTo,
    @Nullable Boolean archived,
    LocalDate today) {

  /** The values {@code personnelCategory} admits. */
  public static final List<String> PERSONNEL_CATEGORIES = List.of("Cán bộ", "Công chức", "Viên chức", "Người lao động");

  public DossierCriteria {
    requireRange("age", ageFrom, ageTo);
    requireRange("recruited", recruitedFrom, recruitedTo);
    requireRange("appointed", appointedFrom, appointedTo);
    requireRange("signed", signedFrom, signedTo);
    if (ageFrom != null && (ageFrom < 0 || ageFrom > 150)) {
      throw new BusinessException("badParameter", ErrorKind.INVALID, "ageFrom", ageFrom);
    }
    if (ageTo != null && (ageTo < 0 || ageTo > 150)) {
      throw new BusinessException("badParameter", ErrorKind.INVALID, "ageTo", ageTo);
    }
    if (salaryStep != null && (salaryStep < 1 || salaryStep > 20)) {
      throw new BusinessException("badParameter", ErrorKind.INVALID, "salaryStep", salaryStep);
    }
    if (gender != null && !gender.equals("Nam") && !gender.equals("Nữ")) {
      throw new BusinessException("badParameter", ErrorKind.INVALID, "gender", gender);
    }
    if (personnelCategory != null && !PERSONNEL_CATEGORIES.contains(personnelCategory)) {
      throw new BusinessException("badParameter", ErrorKind.INVALID, "personnelCategory", personnelCategory);
    }
  }

  /** No criterion but the scope: every dossier the reader may see. */
  public static DossierCriteria all(LocalDate today) {
    return new DossierCriteria(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, today);
  }

  /** The same criteria for another unit subtree. */
  public DossierCriteria inUnit(@Nullable String otherUnitId) {
    return new DossierCriteria(otherUnitId, q, personnelCategory, rankOrTitleCode, salaryGroup, salaryStep,
        educationLevel, politicalTheoryLevel, ageFrom, ageTo, gender, ethnicityCode, religionCode, partyMember, status,
        employmentStatus, recruitedFrom, recruitedTo, appointedFrom, appointedTo, signedFrom, signedTo, archived,
        today);
  }

  /** The CCCD prefix when {@code q} is made of digits only. */
  public @Nullable String cccdPrefix() {
    String text = q == null ? null : q.strip();
    return text != null && text.matches("\\d{1,12}") ? text : null;
  }

  private static <T extends Comparable<T>> void requireRange(String name, @Nullable T from, @Nullable T to) {
    if (from != null && to != null && from.compareTo(to) > 0) {
      throw new BusinessException("badParameter", ErrorKind.INVALID, name + "From",
          String.valueOf(from).toLowerCase(Locale.ROOT));
    }
  }
}
