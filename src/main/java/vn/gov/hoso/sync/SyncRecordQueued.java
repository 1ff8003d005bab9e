package vn.gov.hoso.sync;

/**
 * Published inside the transaction that wrote a record into the outbox (the transaction in which the version was
 * signed). The workflow starts {@code national-sync-record} for per-record delivery; batch records wait for the month.
 *
 * @param generated whether the version is system-generated ({@code dossier.VersionOrigins}): its national deadline is
 *     {@code syncGenerated} (1 day in {@code nd27-2026}) instead of {@code sync}
 */
public record SyncRecordQueued(String recordId, String dossierId, int versionNumber, String unitId,
    DeliveryMode mode, boolean generated) {}
