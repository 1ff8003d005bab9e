package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.organisation.TransferService;
import vn.gov.hoso.organisation.TransferView;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * The focal officer refused the internal transfer: it is closed as cancelled, nobody moves.
 *
 * <p>Inputs: {@code transferId} (must belong to the business key), {@code decision} = {@code reject}, {@code note}
 * (required). Outputs: none. An answer without a note refuses the completion. No BPMN errors.
 */
@Component("cancelTransferDelegate")
public class CancelTransferDelegate implements JavaDelegate {

  private final TransferService transfers;
  private final TransferGuard guard;

  CancelTransferDelegate(TransferService transfers, TransferGuard guard) {
    this.transfers = transfers;
    this.guard = guard;
  }

  @Override
  public void execute(DelegateExecution execution) {
    guard.requireDecision(execution, ProcessVariables.DECISION_REJECT);
    TransferView transfer = guard.intactTransfer(execution, execution.getProcessBusinessKey());
    transfers.cancel(transfer.id(), (String) execution.getVariable(ProcessVariables.NOTE));
  }
}
