package vn.gov.hoso.sync;

/** Where a signed dossier version stands with the national database. */
public enum SyncStatus {
  /** In the outbox, not yet delivered (waiting for the monthly batch, for the sender, or resent after a fix). */
  PENDING,
  /** Delivered at least once without a final answer (5xx, timeout): the next delivery repeats the same key. */
  SENT,
  /** Accepted by the national database (exactly once per idempotency key). */
  ACCEPTED,
  /** Stopped by the pre-sync checks or rejected by the national database, with the error; waits for a fix. */
  REJECTED;

  public boolean isFinal() {
    return this == ACCEPTED || this == REJECTED;
  }
}
