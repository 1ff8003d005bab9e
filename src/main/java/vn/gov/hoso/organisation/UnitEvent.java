package vn.gov.hoso.organisation;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a unit's history. {@code oldName}/{@code newName} are set for {@link UnitEventKind#RENAMED},
 * {@code oldParentId}/{@code newParentId} for {@link UnitEventKind#MOVED} (and for units moved with a merge),
 * {@code successorId} for {@link UnitEventKind#MERGED_INTO} and {@link UnitEventKind#SPLIT_INTO} (the first new unit).
 */
public record UnitEvent(String unitId, UnitEventKind kind, LocalDate effectiveDate, @Nullable String decisionNumber,
    @Nullable String oldName, @Nullable String newName, @Nullable String oldParentId, @Nullable String newParentId,
    @Nullable String successorId) {

  public UnitEvent {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(effectiveDate, "effectiveDate");
  }
}
