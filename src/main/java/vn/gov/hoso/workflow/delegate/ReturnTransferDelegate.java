package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.organisation.TransferService;
import vn.gov.hoso.organisation.TransferView;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * The receiving unit's focal officer does not accept yet and returns the case to the releasing unit with a note (e.g.
 * documents missing); the releasing unit hands over again.
 *
 * <p>Inputs: {@code transferId} (must belong to the business key), {@code decision} = {@code return}, {@code note}
 * (required). Outputs: none. Another answer, or none, refuses the completion. No BPMN errors.
 */
@Component("returnTransferDelegate")
public class ReturnTransferDelegate implements JavaDelegate {

  private final TransferService transfers;
  private final TransferGuard guard;

  ReturnTransferDelegate(TransferService transfers, TransferGuard guard) {
    this.transfers = transfers;
    this.guard = guard;
  }

  @Override
  public void execute(DelegateExecution execution) {
    guard.requireDecision(execution, ProcessVariables.DECISION_RETURN);
    TransferView transfer = guard.intactTransfer(execution, execution.getProcessBusinessKey());
    transfers.sendBack(transfer.id(), (String) execution.getVariable(ProcessVariables.NOTE));
  }
}
