package vn.gov.hoso.sync;

/** How signed versions travel to the national database. */
public enum DeliveryMode {
  /** Rule set {@code hung-yen-2023}: collected into the month's batch, approved by the Sở Nội vụ director. */
  MONTHLY_BATCH,
  /** Rule set {@code nd27-2026}: each version sent on its own within the {@code sync} deadline. */
  PER_RECORD
}
