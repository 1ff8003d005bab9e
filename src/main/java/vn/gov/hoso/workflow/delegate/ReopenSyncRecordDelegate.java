package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.sync.SyncService;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Puts a rejected outbox record back to PENDING after the focal officer's fix, so the next send delivers it again
 * (same idempotency key; the national side evaluates a rejected key anew).
 *
 * <p>Inputs: {@code syncRecordId}. Outputs: {@code syncResult} removed. No BPMN error.
 */
@Component("reopenSyncRecordDelegate")
public class ReopenSyncRecordDelegate implements JavaDelegate {

  private final SyncService sync;

  public ReopenSyncRecordDelegate(SyncService sync) {
    this.sync = sync;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sync.reopen((String) execution.getVariable(ProcessVariables.SYNC_RECORD_ID));
    execution.removeVariable(ProcessVariables.SYNC_RESULT);
  }
}
