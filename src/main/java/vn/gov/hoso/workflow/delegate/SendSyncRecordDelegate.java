package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.sync.SyncService;
import vn.gov.hoso.sync.SyncStatus;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Sends one outbox record to the national database: pre-sync checks, signed payload, delivery with the record's
 * idempotency key. Use it in an asynchronous service task with a retry cycle ({@code camunda:asyncBefore},
 * {@code camunda:failedJobRetryTimeCycle}): when the national side does not answer (5xx, timeout) the exception
 * propagates, the engine retries and, after the last retry, raises an incident. Repeating it is safe: a record with
 * an answer is not sent again, a delivery whose answer was lost is recognised by its key.
 *
 * <p>Inputs: {@code syncRecordId}. Outputs: {@code syncResult} = {@code ACCEPTED} or {@code REJECTED} (stopped by
 * the pre-sync checks, or refused by the national database; the reason stays with the record). No BPMN error.
 */
@Component("sendSyncRecordDelegate")
public class SendSyncRecordDelegate implements JavaDelegate {

  private final SyncService sync;

  public SendSyncRecordDelegate(SyncService sync) {
    this.sync = sync;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String recordId = (String) execution.getVariable(ProcessVariables.SYNC_RECORD_ID);
    SyncStatus status = sync.send(recordId);
    execution.setVariable(ProcessVariables.SYNC_RESULT, status.name());
  }
}
