package vn.gov.hoso.organisation;

import org.jspecify.annotations.Nullable;

/**
 * A person of a closed unit who needs a new unit. {@code status} is {@code OPEN} until the new unit is approved, then
 * {@code DONE} (kept as history with the new unit, position and approver).
 */
public record Rehoming(String id, String restructuringId, String username, String displayName, String fromUnitId,
    String proposedUnitId, @Nullable String newUnitId, @Nullable String positionName, String status,
    @Nullable String approvedBy) {

  public static final String OPEN = "OPEN";
  public static final String DONE = "DONE";
}
