package vn.gov.hoso.dossier.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The columns of {@code dossier} extracted from the content for search and reports (field identifiers of
 * {@code DossierSchema} in brackets): rank or professional title code ({@code rankOrTitleCode}, 30.1), its salary
 * group (from the catalog), step ({@code salaryStep}), highest qualification level ({@code highestQualification.level},
 * 20), political theory level (derived from table {@code politicalTheoryTraining}, 32.2), ethnicity
 * ({@code ethnicityCode}), religion ({@code religionCode}), Party membership (whether {@code partyAdmissionDate} is
 * set), first recruitment date ({@code firstRecruitmentDate}), appointment date ({@code positionAppointedDate}), job
 * position ({@code jobPositionCode}, else {@code jobPositionName}, 30.3).
 */
public record SearchFields(
    @Nullable String rankOrTitleCode,
    @Nullable String salaryGroup,
    @Nullable Integer salaryStep,
    @Nullable String educationLevel,
    @Nullable String politicalTheoryLevel,
    @Nullable String ethnicityCode,
    @Nullable String religionCode,
    @Nullable Boolean partyMember,
    @Nullable LocalDate firstRecruitmentDate,
    @Nullable LocalDate positionAppointedDate,
    @Nullable String jobPosition) {

  /** Version of the extraction rules; rows with a lower {@code search_columns_version} are extracted again. */
  public static final int VERSION = 1;
}
