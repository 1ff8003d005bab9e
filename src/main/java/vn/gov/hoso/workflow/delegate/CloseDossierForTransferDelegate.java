package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.dossier.DossierArchive;
import vn.gov.hoso.dossier.ReviewDecision;
import vn.gov.hoso.dossier.TransferOutDecision;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * The focal officer closes the dossier for a transfer out of the province (completion of the recording task):
 * {@code approve} makes the final version (status Chuyển công tác), confirmed and locked, for the head to sign;
 * {@code reject} cancels the decision with a note.
 *
 * <p>Inputs: {@code dossierId}, {@code unitId} (checked against the dossier), {@code destinationProvince},
 * {@code decisionNumber}, {@code effectiveDate}, {@code decision}, {@code note} (required on reject). Outputs:
 * {@code decision} normalised, {@code versionNumber} (the final version, on approve). A refusal (a change or signing
 * opened meanwhile, a rejection without a note) refuses the task completion with a Vietnamese/English message.
 */
@Component("closeDossierForTransferDelegate")
public class CloseDossierForTransferDelegate implements JavaDelegate {

  private final DossierArchive archive;
  private final Actors actors;
  private final FormDecision form;
  private final ProcessGuard guard;
  private final Refusals refusals;

  public CloseDossierForTransferDelegate(DossierArchive archive, Actors actors, FormDecision form, ProcessGuard guard,
      Refusals refusals) {
    this.archive = archive;
    this.actors = actors;
    this.form = form;
    this.guard = guard;
    this.refusals = refusals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String dossierId = guard.intactDossierId(execution);
    ReviewDecision review = form.read(execution);
    try {
      archive.closeForTransferOut(dossierId, TransferOutDecision.of(
              execution.getVariable(ProcessVariables.DESTINATION_PROVINCE),
              execution.getVariable(ProcessVariables.DECISION_NUMBER),
              execution.getVariable(ProcessVariables.EFFECTIVE_DATE), null), review, actors.current(Actors.SYSTEM))
          .ifPresent(number -> execution.setVariable(ProcessVariables.VERSION_NUMBER, number));
    } catch (BusinessException e) {
      throw refusals.of(e);
    }
    FormDecision.record(execution, review);
  }
}
