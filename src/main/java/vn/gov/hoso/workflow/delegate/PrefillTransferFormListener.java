package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.hoso.organisation.Account;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.TransferView;
import vn.gov.hoso.organisation.Unit;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Task listener ({@code create}) of the transfer tasks: tells who moves, from where, to where, on which decision.
 *
 * <p>Inputs: {@code transferId} (must belong to the business key). Outputs (task-local): {@code personName},
 * {@code fromUnitName}, {@code toUnitName}, {@code positionName}, {@code decisionNumber}, {@code effectiveDate}; the
 * process variable {@code decision} of an earlier round is removed so the form does not preselect the old answer
 * ({@code note} stays: the releasing unit reads why the case came back).
 */
@Component("prefillTransferFormListener")
public class PrefillTransferFormListener implements TaskListener {

  private final OrganisationService organisation;
  private final TransferGuard guard;

  PrefillTransferFormListener(OrganisationService organisation, TransferGuard guard) {
    this.organisation = organisation;
    this.guard = guard;
  }

  @Override
  public void notify(DelegateTask task) {
    TransferView t = guard.intactTransfer(task, task.getExecution().getProcessBusinessKey());
    task.setVariableLocal(ProcessVariables.PERSON_NAME,
        organisation.account(t.username()).map(Account::displayName).orElse(t.username()));
    task.setVariableLocal(ProcessVariables.FROM_UNIT_NAME, unitName(t.fromUnitId()));
    task.setVariableLocal(ProcessVariables.TO_UNIT_NAME, unitName(t.toUnitId()));
    task.setVariableLocal(ProcessVariables.POSITION_NAME, t.positionName() == null ? "" : t.positionName());
    task.setVariableLocal(ProcessVariables.DECISION_NUMBER, t.decisionNumber() == null ? "" : t.decisionNumber());
    task.setVariableLocal(ProcessVariables.EFFECTIVE_DATE, t.effectiveDate().toString());
    task.getExecution().removeVariable(ProcessVariables.DECISION);
  }

  private String unitName(String id) {
    return organisation.unit(id).map(Unit::name).orElse(id);
  }
}
