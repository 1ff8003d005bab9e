package vn.gov.hoso.sync;

/**
 * Published inside the transaction that wrote a record into the outbox (the transaction in which the version was
 * signed). The workflow starts {@code national-sync-record} for per-record delivery; batch records wait for the month.
 */
public record SyncRecordQueued(String recordId, String dossierId, int versionNumber, String unitId,
    DeliveryMode mode) {}
