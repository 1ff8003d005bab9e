package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.accounts.AccountService;
import vn.gov.hoso.dossier.ReviewDecision;

/**
 * Records the focal officer's answer on a recruitment: create the account ({@code approve}) or not ({@code reject},
 * with a note).
 *
 * <p>Inputs: {@code recruitmentId} (checked against the business key and {@code unitId}), {@code decision}
 * ({@code approve}|{@code reject}), {@code note} (required on reject). Outputs: {@code decision} normalised. An
 * invalid decision or a refusal without a note refuses the task completion with a Vietnamese/English message (no BPMN
 * error: the officer corrects the form).
 */
@Component("recordRecruitmentDecisionDelegate")
public class RecordRecruitmentDecisionDelegate implements JavaDelegate {

  private final AccountService accounts;
  private final Actors actors;
  private final FormDecision form;
  private final ProcessGuard guard;

  RecordRecruitmentDecisionDelegate(AccountService accounts, Actors actors, FormDecision form, ProcessGuard guard) {
    this.accounts = accounts;
    this.actors = actors;
    this.form = form;
    this.guard = guard;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String recruitmentId = guard.intactRecruitmentId(execution);
    ReviewDecision decision = form.read(execution);
    accounts.decide(recruitmentId, decision.approved(), decision.note(), actors.current(Actors.SYSTEM));
    FormDecision.record(execution, decision);
  }
}
