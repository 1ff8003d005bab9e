package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.FormDraft;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Unit;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Task listener ({@code create}) of a review task: tells the reviewer whose dossier it is.
 *
 * <p>Inputs: {@code dossierId}. Outputs (task-local): {@code employeeName}, {@code unitName}; process variables
 * {@code decision} and {@code note} of an earlier review removed, so the form does not preselect the old answer.
 */
@Component("prefillReviewFormListener")
public class PrefillReviewFormListener implements TaskListener {

  private final DossierService dossiers;
  private final OrganisationService organisation;

  public PrefillReviewFormListener(DossierService dossiers, OrganisationService organisation) {
    this.dossiers = dossiers;
    this.organisation = organisation;
  }

  @Override
  public void notify(DelegateTask task) {
    String dossierId = (String) task.getVariable(ProcessVariables.DOSSIER_ID);
    FormDraft draft = dossiers.formDraft(dossierId);
    task.setVariableLocal(ProcessVariables.EMPLOYEE_NAME, draft.fullName() == null ? dossierId : draft.fullName());
    task.setVariableLocal(ProcessVariables.UNIT_NAME,
        organisation.unit(draft.unitId()).map(Unit::name).orElse(draft.unitId()));
    task.getExecution().removeVariable(ProcessVariables.DECISION);
    task.getExecution().removeVariable(ProcessVariables.NOTE);
  }
}
