package vn.gov.hoso.simulator;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A record as the simulated national database keeps it.
 *
 * @param deliveries how many times the key was delivered (lost answers and retries count)
 * @param acceptances how many deliveries were accepted as new: 1 for an accepted record, never more
 */
public record NationalRecordView(String idempotencyKey, String citizenId, int versionNumber, String provinceCode,
    String status, @Nullable String errorCode, @Nullable String errorMessage, int deliveries, int acceptances,
    Instant receivedAt) {}
