package vn.gov.hoso.organisation;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A transfer as stored (without its scanned decision). */
public record TransferView(String id, TransferKind kind, String username, String fromUnitId, String toUnitId,
    @Nullable String positionName, @Nullable String decisionNumber, LocalDate effectiveDate,
    @Nullable String documentName, TransferStatus status, String decidedBy, Instant decidedAt,
    @Nullable String handedOverBy, @Nullable String acceptedBy, @Nullable Instant completedAt,
    @Nullable String note) {}
