package vn.gov.hoso.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * The reports of one round, generated when its process starts.
 *
 * @param period {@code 2026} for the annual report on the year 2026, {@code 2027-06} for the half-year report due in
 *     June 2027
 * @param asOf the day counted: the last day of the month before the round started
 * @param reportIds one report per reporting unit
 */
public record ReportRound(String kind, String period, LocalDate asOf, List<String> reportIds) {

  public ReportRound {
    reportIds = List.copyOf(reportIds);
  }
}
