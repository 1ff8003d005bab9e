package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.accounts.AccountService;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Creates the account of a confirmed recruitment in the organisation module and in the identity store (Keycloak or
 * the engine's), role employee, username = CCCD, <b>without any password</b>: the person activates it through a
 * single-use link (see docs/accounts.md). Idempotent; reaches Keycloak, so the model runs it asynchronously with a
 * retry cycle and a failure becomes an incident.
 *
 * <p>Inputs: {@code recruitmentId}. Outputs: {@code username}. No BPMN error: failures are technical.
 */
@Component("createAccountDelegate")
public class CreateAccountDelegate implements JavaDelegate {

  private final AccountService accounts;

  CreateAccountDelegate(AccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String username = accounts.createAccount((String) execution.getVariable(ProcessVariables.RECRUITMENT_ID));
    execution.setVariable(ProcessVariables.USERNAME, username);
  }
}
