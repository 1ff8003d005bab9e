package vn.gov.hoso.workflow.delegate;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.gov.hoso.calendar.WorkingCalendar;
import vn.gov.hoso.reporting.ReportRound;
import vn.gov.hoso.reporting.StatutoryReportKind;
import vn.gov.hoso.reporting.StatutoryReportService;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Opens a round of statutory reports on today (engine clock): generates the .xlsx of every reporting unit.
 *
 * <p>Inputs: {@code reportKind} ({@code ANNUAL} or {@code HALF_YEAR}). Outputs: {@code reportPeriod},
 * {@code reportAsOf} (YYYY-MM-DD), {@code reportCount}. No BPMN error.
 */
@Component("openReportRoundDelegate")
public class OpenReportRoundDelegate implements JavaDelegate {

  private final StatutoryReportService reports;

  OpenReportRoundDelegate(StatutoryReportService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StatutoryReportKind kind =
        StatutoryReportKind.valueOf((String) execution.getVariable(ProcessVariables.REPORT_KIND));
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingCalendar.ZONE);
    ReportRound round = reports.open(kind, today);
    execution.setVariable(ProcessVariables.REPORT_PERIOD, round.period());
    execution.setVariable(ProcessVariables.REPORT_AS_OF, round.asOf().toString());
    execution.setVariable(ProcessVariables.REPORT_COUNT, round.reportIds().size());
  }
}
