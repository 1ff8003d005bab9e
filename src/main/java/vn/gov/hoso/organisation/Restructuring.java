package vn.gov.hoso.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;

/**
 * A restructuring decided by the province (decision number, effective date). What each operation needs is checked
 * here; whether the units exist and may change is checked by {@link OrganisationService#decide}.
 */
public record Restructuring(RestructuringOperation operation, List<String> unitIds, @Nullable String targetUnitId,
    @Nullable String newParentId, @Nullable String newName, List<NewUnit> newUnits, LocalDate effectiveDate,
    String decisionNumber) {

  public Restructuring {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(effectiveDate, "effectiveDate");
    unitIds = List.copyOf(unitIds);
    newUnits = List.copyOf(newUnits);
    if (decisionNumber == null || decisionNumber.isBlank()) {
      throw invalid("decisionNumber");
    }
    if (unitIds.isEmpty() || unitIds.stream().distinct().count() != unitIds.size()) {
      throw invalid("unitIds");
    }
    if (operation != RestructuringOperation.MERGE && unitIds.size() != 1) {
      throw invalid("unitIds");
    }
    switch (operation) {
      case MERGE -> {
        if (targetUnitId == null || unitIds.contains(targetUnitId)) {
          throw invalid("targetUnitId");
        }
      }
      case SPLIT -> {
        if (newUnits.size() < 2) {
          throw invalid("newUnits");
        }
      }
      case RENAME -> {
        if (newName == null || newName.isBlank()) {
          throw invalid("newName");
        }
      }
      case MOVE -> {
        if (newParentId == null || unitIds.contains(newParentId)) {
          throw invalid("newParentId");
        }
      }
      case DISSOLVE -> {
        // the unit alone
      }
    }
  }

  private static BusinessException invalid(String field) {
    return new BusinessException("restructuringInvalid", ErrorKind.INVALID, field);
  }
}
