package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.sync.SyncService;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Releases a batch for sending after the director signed it in {@code SignSyncBatchUserTask} (listener {@code
 * signSyncBatchListener}): checks that the batch is approved and that the director's signature validates over the
 * manifest as it is now.
 *
 * <p>Inputs: {@code batchId}. Outputs: none. No BPMN error: an unsigned batch or a signature that does not validate
 * is an {@link IllegalStateException} (incident); nothing is sent.
 */
@Component("approveSyncBatchDelegate")
public class ApproveSyncBatchDelegate implements JavaDelegate {

  private final SyncService sync;

  public ApproveSyncBatchDelegate(SyncService sync) {
    this.sync = sync;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sync.verifyBatch((String) execution.getVariable(ProcessVariables.BATCH_ID));
  }
}
