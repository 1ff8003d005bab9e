package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.accounts.AccountService;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Opens the dossier of a recruited person with what the recruitment decision says (name, gender, birth date, unit,
 * personnel category). Opening a dossier starts {@code dossier-declaration} with its own {@code declare} deadline.
 * Idempotent.
 *
 * <p>Inputs: {@code recruitmentId}. Outputs: none. No BPMN error.
 */
@Component("openRecruitedDossierDelegate")
public class OpenRecruitedDossierDelegate implements JavaDelegate {

  private final AccountService accounts;
  private final Actors actors;

  OpenRecruitedDossierDelegate(AccountService accounts, Actors actors) {
    this.accounts = accounts;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    accounts.openDossier((String) execution.getVariable(ProcessVariables.RECRUITMENT_ID),
        actors.current(Actors.SYSTEM));
  }
}
