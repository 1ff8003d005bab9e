package vn.gov.hoso.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A transfer decision as received (REST body or part {@code transfer}).
 *
 * @param username the person's account (CCCD)
 * @param toUnitId the unit or department the person moves to
 * @param effectiveDate the decision's effective date (the work-history row starts in its month)
 * @param decisionNumber e.g. {@code QĐ 45/QĐ-UBND} (required between units)
 * @param positionName the position in the new unit (chức danh / chức vụ), for the work-history row
 */
public record NewTransfer(
    @NotBlank @Size(max = 64) String username,
    @NotBlank @Size(max = 40) String toUnitId,
    @NotNull LocalDate effectiveDate,
    @Size(max = 100) @Nullable String decisionNumber,
    @Size(max = 200) @Nullable String positionName) {}
