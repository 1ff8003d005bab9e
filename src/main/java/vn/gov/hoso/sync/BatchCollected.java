package vn.gov.hoso.sync;

/**
 * Result of collecting a month's batch.
 *
 * @param batchId the batch, empty string when nothing was collected
 * @param month {@code yyyy-MM}
 * @param size number of records in it (0: nothing to send, or the month's batch exists already)
 */
public record BatchCollected(String batchId, String month, int size) {}
