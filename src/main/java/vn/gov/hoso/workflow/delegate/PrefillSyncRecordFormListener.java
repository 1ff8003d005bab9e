package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.hoso.sync.SyncRecordView;
import vn.gov.hoso.sync.SyncService;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Task listener ({@code create}) of the focal officer's task on a refused record (form
 * {@code fix-rejected-sync-record}): why it was refused and whose dossier it is.
 *
 * <p>Inputs: {@code syncRecordId}, {@code dossierId}. Outputs (task-local): {@code syncError} (Vietnamese text, then
 * the English one), {@code idempotencyKey}, {@code employeeName}, {@code unitName}; {@code action} cleared.
 */
@Component("prefillSyncRecordFormListener")
public class PrefillSyncRecordFormListener implements TaskListener {

  private final SyncService sync;
  private final DossierCaption caption;

  PrefillSyncRecordFormListener(SyncService sync, DossierCaption caption) {
    this.sync = sync;
    this.caption = caption;
  }

  @Override
  public void notify(DelegateTask task) {
    SyncRecordView record = sync.record((String) task.getVariable(ProcessVariables.SYNC_RECORD_ID));
    String vi = record.errorVi() == null ? "" : record.errorVi();
    String en = record.errorEn() == null ? "" : record.errorEn();
    task.setVariableLocal(ProcessVariables.SYNC_ERROR, vi + "\n\n" + en);
    task.setVariableLocal(ProcessVariables.IDEMPOTENCY_KEY, record.idempotencyKey());
    task.removeVariable(ProcessVariables.ACTION);
    caption.describe(task);
  }
}
