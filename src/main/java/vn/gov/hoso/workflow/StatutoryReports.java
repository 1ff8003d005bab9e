package vn.gov.hoso.workflow;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.gov.hoso.calendar.WorkingCalendar;
import vn.gov.hoso.reporting.StatutoryReportKind;
import vn.gov.hoso.reporting.StatutoryReportService;

/**
 * Bean {@code statutoryReports} for the expressions of the report processes: the round's last day, the multi-instance
 * collection of unit reports and each report's unit.
 *
 * <pre>
 * camunda:dueDate="${statutoryReports.due(reportKind)}"
 * camunda:collection="${statutoryReports.reportIds(reportKind, reportPeriod)}"
 * camunda:candidateGroups="${taskRouting.focalOfficerGroups(statutoryReports.unitOf(reportId))}"
 * </pre>
 */
@Component("statutoryReports")
public class StatutoryReports {

  private final StatutoryReportService reports;
  private final WorkingCalendar calendar;
  private final ReportScheduleProperties schedule;

  public StatutoryReports(StatutoryReportService reports, WorkingCalendar calendar,
      ReportScheduleProperties schedule) {
    this.reports = reports;
    this.calendar = calendar;
    this.schedule = schedule;
  }

  /**
   * 24:00 of the next configured last day of {@code kind} on or after today (engine clock): 20 January for
   * {@code ANNUAL}, 15 June or 15 December for {@code HALF_YEAR}.
   */
  public Date due(String kind) {
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingCalendar.ZONE);
    List<String> days = StatutoryReportKind.valueOf(kind.toUpperCase(Locale.ROOT)) == StatutoryReportKind.ANNUAL
        ? List.of(schedule.annualDue()) : schedule.halfYearDue();
    LocalDate due = days.stream().map(d -> MonthDay.parse("--" + d)).map(d -> d.atYear(today.getYear()))
        .map(d -> d.isBefore(today) ? d.plusYears(1) : d).min(LocalDate::compareTo).orElseThrow();
    return Date.from(calendar.endOfDay(due));
  }

  public List<String> reportIds(String kind, String period) {
    return reports.reportIds(kind, period);
  }

  public String unitOf(String reportId) {
    return reports.report(reportId).unitId();
  }
}
