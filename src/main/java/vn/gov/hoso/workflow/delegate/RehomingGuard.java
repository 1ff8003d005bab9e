package vn.gov.hoso.workflow.delegate;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.Messages;
import vn.gov.hoso.organisation.Rehoming;
import vn.gov.hoso.organisation.RestructuringService;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Whoever completes a re-homing task may send variables with it: refuses a completion that points the process at
 * another person's re-homing ({@code rehomingId} must belong to {@code personId}, the business key) or at one already
 * done.
 */
@Component
class RehomingGuard {

  private final RestructuringService restructurings;
  private final Messages messages;

  RehomingGuard(RestructuringService restructurings, Messages messages) {
    this.restructurings = restructurings;
    this.messages = messages;
  }

  /** Runs a call of the organisation module; a business refusal becomes a refused task completion (bilingual). */
  void refusingCompletion(Runnable call) {
    try {
      call.run();
    } catch (BusinessException e) {
      throw new TaskFormRejectedException(messages.bilingual("error." + e.code() + ".detail", e.args()));
    }
  }

  Rehoming intactRehoming(VariableScope scope, String businessKey) {
    Object id = scope.getVariable(ProcessVariables.REHOMING_ID);
    Rehoming rehoming = id instanceof String s ? restructurings.rehoming(s).orElse(null) : null;
    if (rehoming == null || !rehoming.username().equals(businessKey)
        || !rehoming.username().equals(scope.getVariable(ProcessVariables.PERSON_ID))) {
      throw new TaskFormRejectedException(messages.bilingual("error.rehomingTampered.detail", List.of()));
    }
    return rehoming;
  }
}
