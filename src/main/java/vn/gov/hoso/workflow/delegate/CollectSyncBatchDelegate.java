package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.sync.BatchCollected;
import vn.gov.hoso.sync.SyncService;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Collects the signed versions waiting for the monthly batch into the batch of the current month (one per month).
 *
 * <p>Inputs: none. Outputs: {@code batchId} (empty when nothing was collected), {@code batchMonth} ({@code yyyy-MM}),
 * {@code batchSize} (0 when there is nothing to send or the month's batch exists already). No BPMN error.
 */
@Component("collectSyncBatchDelegate")
public class CollectSyncBatchDelegate implements JavaDelegate {

  private final SyncService sync;

  public CollectSyncBatchDelegate(SyncService sync) {
    this.sync = sync;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BatchCollected batch = sync.collectBatch();
    execution.setVariable(ProcessVariables.BATCH_ID, batch.batchId());
    execution.setVariable(ProcessVariables.BATCH_MONTH, batch.month());
    execution.setVariable(ProcessVariables.BATCH_SIZE, batch.size());
  }
}
