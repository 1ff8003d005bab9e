package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.Messages;
import vn.gov.hoso.dossier.ReviewDecision;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Reads an officer's answer from a task form ({@code decision} = approve | reject, {@code note} required on reject);
 * an invalid one refuses the task completion with the Vietnamese/English message, so the officer corrects the form.
 */
@Component
class FormDecision {

  private final Messages messages;

  FormDecision(Messages messages) {
    this.messages = messages;
  }

  ReviewDecision read(DelegateExecution execution) {
    try {
      return ReviewDecision.of(execution.getVariable(ProcessVariables.DECISION),
          execution.getVariable(ProcessVariables.NOTE));
    } catch (BusinessException e) {
      throw new TaskFormRejectedException(messages.bilingual("error." + e.code() + ".detail", e.args()));
    }
  }

  /** Writes the normalised {@code decision} back. */
  static void record(DelegateExecution execution, ReviewDecision decision) {
    execution.setVariable(ProcessVariables.DECISION,
        decision.approved() ? ReviewDecision.APPROVE : ReviewDecision.REJECT);
  }
}
