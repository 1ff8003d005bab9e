package vn.gov.hoso.reporting;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A generated statutory report of one unit (or the consolidated one of the province) and its submission. */
public record StatutoryReportView(String id, String kind, String period, String unitId, LocalDate asOf,
    String fileName, @Nullable Instant submittedAt, @Nullable String submittedBy) {}
