package vn.gov.hoso.organisation;

import java.time.LocalDate;

/** Published when a transfer is decided; the workflow starts its process (business key: the person's username). */
public record TransferDecided(String transferId, TransferKind kind, String username, String fromUnitId,
    String toUnitId, LocalDate effectiveDate) {}
