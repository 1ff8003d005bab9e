package vn.gov.hoso.workflow.delegate;

import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.common.Messages;
import vn.gov.hoso.sync.SyncService;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Task listener ({@code complete}) of {@code SignSyncBatchUserTask}: the Sở Nội vụ director completing it signs the
 * batch's manifest with their own key, opened by the PIN sent with the completion. The PIN is removed from every
 * scope before anything is written (never stored), as in {@code dossier-signing}.
 *
 * <p>Inputs: {@code batchId}, {@code pin} (sent with the completion). Outputs: none; the batch is approved by the
 * director and carries their signature. A missing or wrong PIN, a user who is not a director, or a refused
 * certificate refuses the completion with a Vietnamese/English message: the task stays, nothing is stored.
 */
@Component("signSyncBatchListener")
public class SignSyncBatchListener implements TaskListener {

  private final SyncService sync;
  private final Actors actors;
  private final Messages messages;

  SignSyncBatchListener(SyncService sync, Actors actors, Messages messages) {
    this.sync = sync;
    this.actors = actors;
    this.messages = messages;
  }

  @Override
  public void notify(DelegateTask task) {
    char[] pin = TaskPins.take(task);
    String batchId = (String) task.getExecution().getVariable(ProcessVariables.BATCH_ID);
    try {
      if (pin.length == 0) {
        throw new BusinessException("syncBatchPinMissing", ErrorKind.INVALID);
      }
      sync.approveBatch(batchId, actors.current(Actors.SYSTEM), pin);
    } catch (BusinessException e) {
      throw new TaskFormRejectedException(messages.bilingual("error." + e.code() + ".detail", e.args()));
    } finally {
      Arrays.fill(pin, '\0');
    }
  }
}
