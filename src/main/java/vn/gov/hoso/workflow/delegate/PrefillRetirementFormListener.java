package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.hoso.organisation.Account;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Unit;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Task listener ({@code create}) of the retirement notice: who retires, where. Inputs: {@code dossierId},
 * {@code unitId}. Outputs (task-local): {@code personName}, {@code toUnitName} (the person's unit). The retirement
 * date is the process variable {@code retirementDate}.
 */
@Component("prefillRetirementFormListener")
public class PrefillRetirementFormListener implements TaskListener {

  private final OrganisationService organisation;

  PrefillRetirementFormListener(OrganisationService organisation) {
    this.organisation = organisation;
  }

  @Override
  public void notify(DelegateTask task) {
    String person = (String) task.getVariable(ProcessVariables.DOSSIER_ID);
    String unitId = (String) task.getVariable(ProcessVariables.UNIT_ID);
    task.setVariableLocal(ProcessVariables.PERSON_NAME,
        organisation.account(person).map(Account::displayName).orElse(person));
    task.setVariableLocal(ProcessVariables.TO_UNIT_NAME, organisation.unit(unitId).map(Unit::name).orElse(unitId));
  }
}
