package vn.gov.hoso.sync;

import org.jspecify.annotations.Nullable;

/** One outbox record as the focal officer and the API see it. */
public record SyncRecordView(String id, String idempotencyKey, String dossierId, int versionNumber, String unitId,
    SyncStatus status, int attempts, @Nullable String batchId, @Nullable String nationalId,
    @Nullable String errorCode, @Nullable String errorVi, @Nullable String errorEn) {}
