package vn.gov.hoso.organisation;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A unit with its life span: it exists on day d when {@code validFrom <= d < validTo} (an open bound is "always").
 * {@code kind} is the unit type (UBND_TINH, SO, UBND_XA, PHONG, TRUONG …), {@code tier} the responsibility tier.
 */
public record DatedUnit(Unit unit, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {

  public DatedUnit {
    Objects.requireNonNull(unit, "unit");
  }

  public String id() {
    return unit.id();
  }

  /** Whether the unit exists on {@code day}. */
  public boolean existsOn(LocalDate day) {
    return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || day.isBefore(validTo));
  }
}
