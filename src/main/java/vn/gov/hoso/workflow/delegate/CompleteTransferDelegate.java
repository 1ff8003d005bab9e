package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.organisation.TransferService;
import vn.gov.hoso.organisation.TransferView;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * The transfer is approved (internal) or accepted by the receiving unit: the account and the dossier move to the new
 * unit (dossier history row <em>Chuyển đơn vị</em>), the career table gets the new unit's row, the person's running
 * processes and open tasks follow (see {@code TransferStarters}). Signed versions are not touched.
 *
 * <p>Inputs: {@code transferId} (must belong to the business key = the person's username), {@code decision} =
 * {@code approve}. Outputs: none. A closed receiving unit refuses the completion (Vietnamese/English message). No BPMN
 * errors.
 */
@Component("completeTransferDelegate")
public class CompleteTransferDelegate implements JavaDelegate {

  private final TransferService transfers;
  private final TransferGuard guard;
  private final Actors actors;

  CompleteTransferDelegate(TransferService transfers, TransferGuard guard, Actors actors) {
    this.transfers = transfers;
    this.guard = guard;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    guard.requireDecision(execution, ProcessVariables.DECISION_APPROVE);
    TransferView transfer = guard.intactTransfer(execution, execution.getProcessBusinessKey());
    String actor = actors.current(Actors.SYSTEM);
    guard.refusingCompletion(() -> transfers.complete(transfer.id(), actor));
  }
}
