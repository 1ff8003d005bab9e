package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.sync.SyncService;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Records the Sở Nội vụ director's approval of a batch and signs its manifest (batch, month, idempotency keys) with
 * the Sở Nội vụ key. Place it synchronously right after the director's task, so the director is the current user.
 *
 * <p>Inputs: {@code batchId}. Outputs: none. No BPMN error.
 */
@Component("approveSyncBatchDelegate")
public class ApproveSyncBatchDelegate implements JavaDelegate {

  private final SyncService sync;
  private final Actors actors;

  public ApproveSyncBatchDelegate(SyncService sync, Actors actors) {
    this.sync = sync;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sync.approveBatch((String) execution.getVariable(ProcessVariables.BATCH_ID), actors.current(Actors.SYSTEM));
  }
}
