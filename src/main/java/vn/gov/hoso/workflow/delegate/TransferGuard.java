package vn.gov.hoso.workflow.delegate;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.Messages;
import vn.gov.hoso.organisation.TransferService;
import vn.gov.hoso.organisation.TransferView;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Whoever completes a transfer task may send variables with it: refuses a completion that points the process at
 * another person's transfer ({@code transferId} must belong to the business key), and turns business refusals of the
 * organisation module into refused completions (bilingual).
 */
@Component
class TransferGuard {

  private final TransferService transfers;
  private final Messages messages;

  TransferGuard(TransferService transfers, Messages messages) {
    this.transfers = transfers;
    this.messages = messages;
  }

  TransferView intactTransfer(VariableScope scope, String businessKey) {
    Object id = scope.getVariable(ProcessVariables.TRANSFER_ID);
    TransferView transfer = id instanceof String s ? transfers.transfer(s).orElse(null) : null;
    if (transfer == null || !transfer.username().equals(businessKey)) {
      throw new TaskFormRejectedException(messages.bilingual("error.transferTampered.detail", List.of()));
    }
    return transfer;
  }

  void refusingCompletion(Runnable call) {
    try {
      call.run();
    } catch (BusinessException e) {
      throw new TaskFormRejectedException(messages.bilingual("error." + e.code() + ".detail", e.args()));
    }
  }

  /** The officer's answer must be one the model knows; a note is required for anything but {@code approve}. */
  void requireDecision(VariableScope scope, String... allowed) {
    Object decision = scope.getVariable(ProcessVariables.DECISION);
    Object note = scope.getVariable(ProcessVariables.NOTE);
    boolean known = decision instanceof String d && List.of(allowed).contains(d);
    boolean noted = ProcessVariables.DECISION_APPROVE.equals(decision)
        || (note instanceof String n && !n.isBlank());
    if (!known || !noted) {
      throw new TaskFormRejectedException(messages.bilingual("error.transferDecisionInvalid.detail",
          List.of(String.join(", ", allowed))));
    }
  }
}
