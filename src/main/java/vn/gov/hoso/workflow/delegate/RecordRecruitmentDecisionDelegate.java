package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.accounts.AccountService;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.Messages;
import vn.gov.hoso.dossier.ReviewDecision;
import vn.gov.hoso.workflow.ProcessVariables;

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
  private final Messages messages;
  private final ProcessGuard guard;

  RecordRecruitmentDecisionDelegate(AccountService accounts, Actors actors, Messages messages, ProcessGuard guard) {
    this.accounts = accounts;
    this.actors = actors;
    this.messages = messages;
    this.guard = guard;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String recruitmentId = guard.intactRecruitmentId(execution);
    ReviewDecision decision;
    try {
      decision = ReviewDecision.of(execution.getVariable(ProcessVariables.DECISION),
          execution.getVariable(ProcessVariables.NOTE));
    } catch (BusinessException e) {
      throw new TaskFormRejectedException(messages.bilingual("error." + e.code() + ".detail", e.args()));
    }
    accounts.decide(recruitmentId, decision.approved(), decision.note(), actors.current(Actors.SYSTEM));
    execution.setVariable(ProcessVariables.DECISION,
        decision.approved() ? ReviewDecision.APPROVE : ReviewDecision.REJECT);
  }
}
