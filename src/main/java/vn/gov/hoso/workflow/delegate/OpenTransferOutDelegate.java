package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.dossier.Decided;
import vn.gov.hoso.dossier.DossierArchive;
import vn.gov.hoso.dossier.TransferOutDecision;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Start of {@code transfer-out-of-province}: the signed-in focal officer (or Sở Nội vụ administrator) records the
 * decision transferring a person of their scope to another province. The dossier must be confirmed and locked, with
 * no change or signing running.
 *
 * <p>Inputs: {@code dossierId} (the CCCD), {@code destinationProvince}, {@code decisionNumber}, {@code effectiveDate}
 * ({@code YYYY-MM-DD}), {@code exitNote}; the authenticated user. Outputs: the business key (= {@code dossierId}),
 * {@code unitId}, the inputs normalised; {@code exitNote} removed (written to the dossier's history). A refusal
 * refuses the start with a Vietnamese/English message whose cause is the module's {@code BusinessException}.
 */
@Component("openTransferOutDelegate")
public class OpenTransferOutDelegate implements JavaDelegate {

  static final String ENDPOINT = "transfer-out-of-province (start)";

  private final DossierArchive archive;
  private final Actors actors;
  private final Refusals refusals;

  public OpenTransferOutDelegate(DossierArchive archive, Actors actors, Refusals refusals) {
    this.archive = archive;
    this.actors = actors;
    this.refusals = refusals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String dossierId = String.valueOf(execution.getVariable(ProcessVariables.DOSSIER_ID));
    Decided<TransferOutDecision> decided;
    try {
      decided = archive.decideTransferOut(dossierId, () -> TransferOutDecision.of(
          execution.getVariable(ProcessVariables.DESTINATION_PROVINCE),
          execution.getVariable(ProcessVariables.DECISION_NUMBER), execution.getVariable(ProcessVariables.EFFECTIVE_DATE),
          execution.getVariable(ProcessVariables.EXIT_NOTE)), actors.current(Actors.SYSTEM), ENDPOINT);
    } catch (BusinessException e) {
      throw refusals.of(e);
    }
    TransferOutDecision decision = decided.decision();
    execution.setProcessBusinessKey(dossierId);
    execution.setVariable(ProcessVariables.UNIT_ID, decided.unitId());
    execution.setVariable(ProcessVariables.DESTINATION_PROVINCE, decision.destinationProvince());
    execution.setVariable(ProcessVariables.DECISION_NUMBER, decision.decisionNumber());
    execution.setVariable(ProcessVariables.EFFECTIVE_DATE, decision.effectiveDate().toString());
    execution.removeVariable(ProcessVariables.EXIT_NOTE);
  }
}
