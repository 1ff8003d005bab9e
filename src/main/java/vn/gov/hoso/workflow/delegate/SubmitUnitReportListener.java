package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.hoso.reporting.StatutoryReportService;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * On completion of a unit's report task: records the submission (who, when, the note of the form).
 *
 * <p>Inputs: {@code reportId}, {@code note} (optional). No outputs, no BPMN error.
 */
@Component("submitUnitReportListener")
public class SubmitUnitReportListener implements TaskListener {

  private final StatutoryReportService reports;
  private final Actors actors;

  SubmitUnitReportListener(StatutoryReportService reports, Actors actors) {
    this.reports = reports;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    Object note = task.getVariable(ProcessVariables.NOTE);
    String actor = task.getAssignee() != null ? task.getAssignee() : actors.current(Actors.SYSTEM);
    reports.submit((String) task.getVariable(ProcessVariables.REPORT_ID), actor,
        note == null ? null : note.toString());
  }
}
