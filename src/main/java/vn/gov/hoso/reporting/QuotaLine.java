package vn.gov.hoso.reporting;

import org.jspecify.annotations.Nullable;

/**
 * Quota and actual number of one category in one unit; {@code quota} is null when no quota is set for the year.
 * {@code difference} = quota minus actual: positive = places free, negative = over the quota; null without a quota.
 */
public record QuotaLine(@Nullable Integer quota, int actual, @Nullable Integer difference) {

  public static QuotaLine of(@Nullable Integer quota, int actual) {
    return new QuotaLine(quota, actual, quota == null ? null : quota - actual);
  }
}
