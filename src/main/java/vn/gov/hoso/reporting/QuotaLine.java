package vn.gov.hoso.reporting;

import org.jspecify.annotations.Nullable;

/** Quota and actual number of one category in one unit; {@code quota} is null when no quota is set for the year. */
public record QuotaLine(@Nullable Integer quota, int actual) {

  /** Quota minus actual: positive = places free, negative = over the quota; null without a quota. */
  public @Nullable Integer difference() {
    return quota == null ? null : quota - actual;
  }
}
