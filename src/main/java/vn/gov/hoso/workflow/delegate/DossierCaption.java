package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.DossierSummary;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Unit;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Tells the people of a task whose dossier it is about: task-local {@code employeeName} (the declared name, or the
 * dossier id while none is declared) and {@code unitName}, read from the dossier of process variable
 * {@code dossierId}.
 */
@Component
class DossierCaption {

  private final DossierService dossiers;
  private final OrganisationService organisation;

  DossierCaption(DossierService dossiers, OrganisationService organisation) {
    this.dossiers = dossiers;
    this.organisation = organisation;
  }

  void describe(DelegateTask task) {
    String dossierId = (String) task.getVariable(ProcessVariables.DOSSIER_ID);
    DossierSummary dossier = dossiers.summary(dossierId);
    task.setVariableLocal(ProcessVariables.EMPLOYEE_NAME,
        dossier.fullName() == null ? dossierId : dossier.fullName());
    task.setVariableLocal(ProcessVariables.UNIT_NAME,
        organisation.unit(dossier.unitId()).map(Unit::name).orElse(dossier.unitId()));
  }
}
