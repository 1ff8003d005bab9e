package vn.gov.hoso.workflow.delegate;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.reporting.StatutoryReportService;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Generates the consolidated report of the province for a round (after every unit submitted, or at the deadline).
 *
 * <p>Inputs: {@code reportKind}, {@code reportPeriod}, {@code reportAsOf}. Outputs: {@code consolidatedReportId}.
 * No BPMN error.
 */
@Component("consolidateReportsDelegate")
public class ConsolidateReportsDelegate implements JavaDelegate {

  private final StatutoryReportService reports;

  ConsolidateReportsDelegate(StatutoryReportService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = reports.consolidate((String) execution.getVariable(ProcessVariables.REPORT_KIND),
        (String) execution.getVariable(ProcessVariables.REPORT_PERIOD),
        LocalDate.parse((String) execution.getVariable(ProcessVariables.REPORT_AS_OF)));
    execution.setVariable(ProcessVariables.CONSOLIDATED_REPORT_ID, id);
  }
}
