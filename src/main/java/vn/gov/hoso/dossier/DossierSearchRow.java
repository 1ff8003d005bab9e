package vn.gov.hoso.dossier;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One result of the dossier search: the extracted columns, no dossier content. */
public record DossierSearchRow(
    String id,
    @Nullable String fullName,
    @Nullable String gender,
    @Nullable LocalDate dateOfBirth,
    String unitId,
    @Nullable String personnelCategory,
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
    @Nullable String jobPosition,
    DossierStatus status,
    EmploymentStatus employmentStatus,
    @Nullable Instant lastSignedAt,
    @Nullable Instant archivedAt,
    int currentVersion,
    Instant createdAt,
    Instant updatedAt) {}
