package vn.gov.hoso.sync;

import java.util.List;

/** Counts of a unit subtree's records, in total and per monthly batch. */
public record SyncSummary(String unitId, Counts total, List<BatchCounts> batches) {

  /** Records per status. */
  public record Counts(long pending, long sent, long accepted, long rejected) {}

  /** The counts of one batch (only its records in the unit subtree). */
  public record BatchCounts(String batchId, String month, String status, Counts counts) {}
}
