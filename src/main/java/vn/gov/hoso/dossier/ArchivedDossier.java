package vn.gov.hoso.dossier;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One row of the archive list: who, which unit held the dossier, why and when it was archived. */
public record ArchivedDossier(
    String id,
    @Nullable String fullName,
    @Nullable String gender,
    @Nullable LocalDate dateOfBirth,
    String unitId,
    EmploymentStatus employmentStatus,
    int currentVersion,
    Instant archivedAt) {}
