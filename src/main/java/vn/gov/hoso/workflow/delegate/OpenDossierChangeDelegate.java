package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.Messages;
import vn.gov.hoso.dossier.DeclareChange;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.OpenedChange;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Opens a change of the signed-in employee's locked dossier (the employee's user id is the dossier id: their CCCD).
 * The dossier becomes editable by its owner until the change is approved.
 *
 * <p>Inputs: {@code changeType} (a code such as {@code salary-raise}), {@code eventDate} ({@code YYYY-MM-DD}),
 * {@code changeDescription}; the authenticated user. Outputs: {@code dossierId}, {@code unitId}, {@code changeId},
 * the business key (= {@code dossierId}), {@code changeType} and {@code eventDate} normalised; {@code
 * changeDescription} removed (it is kept with the change in the dossier module). A refusal (dossier not locked,
 * another change open, a signing running, a date in the future, a missing description) refuses the start with a
 * Vietnamese/English message whose cause is the module's {@code BusinessException}; nothing is started.
 */
@Component("openDossierChangeDelegate")
public class OpenDossierChangeDelegate implements JavaDelegate {

  private final DossierService dossiers;
  private final Actors actors;
  private final Messages messages;

  public OpenDossierChangeDelegate(DossierService dossiers, Actors actors, Messages messages) {
    this.dossiers = dossiers;
    this.actors = actors;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String employee = actors.current(Actors.SYSTEM);
    OpenedChange change;
    try {
      DeclareChange command = DeclareChange.of(employee, execution.getVariable(ProcessVariables.CHANGE_TYPE),
          execution.getVariable(ProcessVariables.EVENT_DATE),
          execution.getVariable(ProcessVariables.CHANGE_DESCRIPTION));
      change = dossiers.openChange(command, employee);
      execution.setVariable(ProcessVariables.CHANGE_TYPE, command.type().code());
      execution.setVariable(ProcessVariables.EVENT_DATE, command.eventDate().toString());
    } catch (BusinessException e) {
      throw new TaskFormRejectedException(messages.bilingual("error." + e.code() + ".detail", e.args()), e);
    }
    execution.setProcessBusinessKey(change.dossierId());
    execution.setVariable(ProcessVariables.DOSSIER_ID, change.dossierId());
    execution.setVariable(ProcessVariables.UNIT_ID, change.unitId());
    execution.setVariable(ProcessVariables.CHANGE_ID, change.changeId());
    execution.removeVariable(ProcessVariables.CHANGE_DESCRIPTION);
  }
}
