package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.accounts.AccountService;
import vn.gov.hoso.dossier.DossierArchive;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Disables the account of a person who left (final exit, transfer out of the province): no login any more, their
 * open tasks handed over to the unit's focal officers. Reaches outside the JVM with Keycloak: run it asynchronously
 * with a retry cycle.
 *
 * <p>Inputs: {@code dossierId} (= the username). Outputs: {@code handedOverTasks}. No BPMN error; a person without an
 * account is nothing to do.
 */
@Component("disableLeaverAccountDelegate")
public class DisableLeaverAccountDelegate implements JavaDelegate {

  private final AccountService accounts;
  private final DossierArchive archive;

  public DisableLeaverAccountDelegate(AccountService accounts, DossierArchive archive) {
    this.accounts = accounts;
    this.archive = archive;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String username = (String) execution.getVariable(ProcessVariables.DOSSIER_ID);
    String reason = archive.employmentStatus(username).labelVi();
    execution.setVariable(ProcessVariables.HANDED_OVER_TASKS, accounts.disableOnExit(username, reason));
  }
}
