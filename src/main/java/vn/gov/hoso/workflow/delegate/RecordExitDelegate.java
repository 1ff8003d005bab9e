package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.dossier.DossierArchive;
import vn.gov.hoso.dossier.ExitDecision;
import vn.gov.hoso.dossier.ReviewDecision;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * The focal officer's recording of an exit (completion of the recording task): {@code approve} records the
 * employment status (a final exit also archives the dossier), {@code reject} cancels the decision with a note.
 *
 * <p>Inputs: {@code dossierId}, {@code unitId} (checked against the dossier), {@code exitKind},
 * {@code decisionNumber}, {@code effectiveDate}, {@code returnDate}, {@code decision} ({@code approve}|{@code reject}),
 * {@code note} (required on reject). Outputs: {@code decision} normalised. A refusal (before the effective date, a
 * rejection without a note, the dossier archived meanwhile) refuses the task completion with a Vietnamese/English
 * message; no BPMN error.
 */
@Component("recordExitDelegate")
public class RecordExitDelegate implements JavaDelegate {

  private final DossierArchive archive;
  private final Actors actors;
  private final FormDecision form;
  private final ProcessGuard guard;
  private final Refusals refusals;

  public RecordExitDelegate(DossierArchive archive, Actors actors, FormDecision form, ProcessGuard guard,
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
      archive.recordExit(dossierId, ExitDecision.of(execution.getVariable(ProcessVariables.EXIT_KIND),
          execution.getVariable(ProcessVariables.DECISION_NUMBER), execution.getVariable(ProcessVariables.EFFECTIVE_DATE),
          execution.getVariable(ProcessVariables.RETURN_DATE), null), review, actors.current(Actors.SYSTEM));
    } catch (BusinessException e) {
      throw refusals.of(e);
    }
    FormDecision.record(execution, review);
  }
}
