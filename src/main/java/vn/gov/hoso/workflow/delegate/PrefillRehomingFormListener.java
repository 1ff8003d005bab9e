package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.hoso.organisation.Account;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Unit;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Task listener ({@code create}) of the re-homing tasks: tells who is re-homed, from where, to where.
 *
 * <p>Inputs: {@code personId}, {@code fromUnitId}, {@code proposedUnitId}. Outputs (task-local): {@code personName},
 * {@code fromUnitName}, {@code proposedUnitName}; the process variable {@code decision} of an earlier round is
 * removed so the form does not preselect the old answer ({@code note} stays: the officer reads the person's note).
 */
@Component("prefillRehomingFormListener")
public class PrefillRehomingFormListener implements TaskListener {

  private final OrganisationService organisation;

  PrefillRehomingFormListener(OrganisationService organisation) {
    this.organisation = organisation;
  }

  @Override
  public void notify(DelegateTask task) {
    String person = (String) task.getVariable(ProcessVariables.PERSON_ID);
    task.setVariableLocal(ProcessVariables.PERSON_NAME,
        organisation.account(person).map(Account::displayName).orElse(person));
    task.setVariableLocal(ProcessVariables.FROM_UNIT_NAME, unitName(task, ProcessVariables.FROM_UNIT_ID));
    task.setVariableLocal(ProcessVariables.PROPOSED_UNIT_NAME, unitName(task, ProcessVariables.PROPOSED_UNIT_ID));
    task.getExecution().removeVariable(ProcessVariables.DECISION);
  }

  private String unitName(DelegateTask task, String variable) {
    String id = (String) task.getVariable(variable);
    return organisation.unit(id).map(Unit::name).orElse(id);
  }
}
