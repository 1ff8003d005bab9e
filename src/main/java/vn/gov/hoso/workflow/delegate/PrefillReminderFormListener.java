package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener ({@code create}) of a reminder task (form {@code overdue-reminder}): tells the reminded officers
 * whose dossier is late. What is late, until when and what to do arrive as the task's input mappings
 * {@code overdueTask}, {@code overdueDueDay} and {@code reminderRequest}, written in the model.
 *
 * <p>Inputs: {@code dossierId}. Outputs (task-local): {@code employeeName}, {@code unitName}.
 */
@Component("prefillReminderFormListener")
public class PrefillReminderFormListener implements TaskListener {

  private final DossierCaption caption;

  PrefillReminderFormListener(DossierCaption caption) {
    this.caption = caption;
  }

  @Override
  public void notify(DelegateTask task) {
    caption.describe(task);
  }
}
