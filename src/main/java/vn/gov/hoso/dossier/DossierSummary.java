package vn.gov.hoso.dossier;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One row of a dossier list. */
public record DossierSummary(
    String id,
    @Nullable String fullName,
    @Nullable String gender,
    @Nullable LocalDate dateOfBirth,
    String unitId,
    @Nullable String personnelCategory,
    DossierStatus status,
    int currentVersion,
    Instant updatedAt) {}
