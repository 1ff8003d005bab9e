package vn.gov.hoso.workflow.delegate;

import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.hoso.dossier.DossierChangeView;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Task listener ({@code create}) of a task about a change: tells its people what change was declared.
 *
 * <p>Inputs: {@code changeId}. Outputs (task-local, they vanish with the task): {@code changeTypeLabel} (Vietnamese),
 * {@code eventDay} ({@code dd/MM/yyyy}), {@code changeDescription}.
 */
@Component("prefillChangeFormListener")
public class PrefillChangeFormListener implements TaskListener {

  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final DossierService dossiers;

  public PrefillChangeFormListener(DossierService dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public void notify(DelegateTask task) {
    DossierChangeView change = dossiers.change((String) task.getVariable(ProcessVariables.CHANGE_ID));
    task.setVariableLocal(ProcessVariables.CHANGE_TYPE_LABEL, change.type().labelVi());
    task.setVariableLocal(ProcessVariables.EVENT_DAY, change.eventDate().format(VIETNAMESE_DATE));
    task.setVariableLocal(ProcessVariables.CHANGE_DESCRIPTION, change.description());
  }
}
