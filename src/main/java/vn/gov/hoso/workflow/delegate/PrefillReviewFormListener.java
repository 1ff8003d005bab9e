package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Task listener ({@code create}) of a review task: tells the reviewer whose dossier it is.
 *
 * <p>Inputs: {@code dossierId}. Outputs (task-local): {@code employeeName}, {@code unitName}; process variables
 * {@code decision} and {@code note} of an earlier review removed, so the form does not preselect the old answer.
 */
@Component("prefillReviewFormListener")
public class PrefillReviewFormListener implements TaskListener {

  private final DossierCaption caption;

  PrefillReviewFormListener(DossierCaption caption) {
    this.caption = caption;
  }

  @Override
  public void notify(DelegateTask task) {
    caption.describe(task);
    task.getExecution().removeVariable(ProcessVariables.DECISION);
    task.getExecution().removeVariable(ProcessVariables.NOTE);
  }
}
