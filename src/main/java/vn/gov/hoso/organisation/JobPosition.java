package vn.gov.hoso.organisation;

import java.util.Objects;

/** A job position (vị trí việc làm) of a unit for a year, with the number of people it is approved for. */
public record JobPosition(String code, String name, QuotaCategory category, int headcount) {

  public JobPosition {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    if (code.isBlank() || code.length() > 40 || name.isBlank() || headcount < 0) {
      throw new IllegalArgumentException("job position needs a code (≤ 40), a name and a headcount ≥ 0");
    }
  }
}
