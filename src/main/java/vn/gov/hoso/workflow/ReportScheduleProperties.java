package vn.gov.hoso.workflow;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Last days of the statutory reports, prefix {@code hoso.reports}, as {@code MM-dd}: {@code annual-due} (default
 * 01-20: the annual report is made between 10 and 20 January) and {@code half-year-due} (default 06-15 and 12-15).
 * The rounds start by the timers of {@code processes/annual-report.bpmn} and {@code processes/half-year-report.bpmn}.
 */
@Validated
@ConfigurationProperties("hoso.reports")
public record ReportScheduleProperties(String annualDue, List<String> halfYearDue) {

  public ReportScheduleProperties(@Nullable String annualDue, @Nullable List<String> halfYearDue) {
    this.annualDue = annualDue == null || annualDue.isBlank() ? "01-20" : annualDue.strip();
    this.halfYearDue = halfYearDue == null || halfYearDue.isEmpty() ? List.of("06-15", "12-15")
        : List.copyOf(halfYearDue);
  }
}
