package vn.gov.hoso.organisation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Published when a transfer is done, after the {@link PersonRehomed} that moved the dossier: the dossier module adds
 * the work-history row, the workflow hands the person's open tasks to the new unit.
 */
public record PersonTransferred(String username, String fromUnitId, String toUnitId, String toUnitName,
    @Nullable String positionName, LocalDate effectiveDate, String actor) {}
