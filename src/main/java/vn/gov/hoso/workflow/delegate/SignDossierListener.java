package vn.gov.hoso.workflow.delegate;

import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.common.Messages;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.signing.DossierSigning;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Task listener ({@code complete}) of a signing task: the user completing it signs the version with their own key,
 * opened by the PIN they sent with the completion. The PIN is removed from every scope before anything is written,
 * so it never reaches the runtime or history tables (a variable created and removed in one transaction is never
 * inserted). A version already signed (by a batch, see {@code SigningBatches}) needs no PIN: the completion only
 * closes the task.
 *
 * <p>Inputs: {@code dossierId}, {@code versionNumber}, {@code pin} (sent with the completion). Outputs: none; the
 * dossier reads Đã ký. A missing or wrong PIN, a signer who is not a head of the unit, or a refused certificate
 * refuses the completion with a Vietnamese/English message: the task stays, nothing is stored.
 */
@Component("signDossierListener")
public class SignDossierListener implements TaskListener {

  private final DossierSigning signing;
  private final DossierService dossiers;
  private final Actors actors;
  private final Messages messages;
  private final ProcessGuard guard;

  SignDossierListener(DossierSigning signing, DossierService dossiers, Actors actors, Messages messages,
      ProcessGuard guard) {
    this.signing = signing;
    this.dossiers = dossiers;
    this.actors = actors;
    this.messages = messages;
    this.guard = guard;
  }

  @Override
  public void notify(DelegateTask task) {
    char[] pin = TaskPins.take(task);
    DelegateExecution execution = task.getExecution();
    String dossierId = guard.intactDossierId(execution);
    int version = ((Number) execution.getVariable(ProcessVariables.VERSION_NUMBER)).intValue();
    if (dossiers.isSigned(dossierId, version)) {
      return;
    }
    String signer = actors.current(Actors.SYSTEM);
    try {
      if (pin.length == 0) {
        throw new BusinessException("signingPinMissing", ErrorKind.INVALID);
      }
      signing.sign(dossierId, version, signer, pin);
    } catch (BusinessException e) {
      throw new TaskFormRejectedException(messages.bilingual("error." + e.code() + ".detail", e.args()));
    } finally {
      Arrays.fill(pin, '\0');
    }
  }
}
