package vn.gov.hoso.organisation;

import java.time.LocalDate;

/** Published when a restructuring is stored; the workflow applies it on {@code effectiveDate}. */
public record RestructuringDecided(String restructuringId, LocalDate effectiveDate) {}
