package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.organisation.TransferService;
import vn.gov.hoso.organisation.TransferView;

/**
 * The releasing unit's focal officer handed the person's dossier over: the transfer is recorded as handed over (by
 * whom). Inputs: {@code transferId} (must belong to the business key). Outputs: none. No BPMN errors.
 */
@Component("recordTransferHandoverDelegate")
public class RecordTransferHandoverDelegate implements JavaDelegate {

  private final TransferService transfers;
  private final TransferGuard guard;
  private final Actors actors;

  RecordTransferHandoverDelegate(TransferService transfers, TransferGuard guard, Actors actors) {
    this.transfers = transfers;
    this.guard = guard;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TransferView transfer = guard.intactTransfer(execution, execution.getProcessBusinessKey());
    transfers.handOver(transfer.id(), actors.current(Actors.SYSTEM));
  }
}
