package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.ReviewDecision;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Records the focal officer's decision on the submitted version: Xác nhận, or Từ chối with a note.
 *
 * <p>Inputs: {@code dossierId}, {@code decision} ({@code approve}|{@code reject}), {@code note} (required on reject).
 * Outputs: {@code decision} normalised; {@code rejectionNote} = the note on reject. An invalid decision or a
 * rejection without a note refuses the task completion with a Vietnamese/English message (no BPMN error: the officer
 * must correct the form).
 */
@Component("recordReviewDecisionDelegate")
public class RecordReviewDecisionDelegate implements JavaDelegate {

  private final DossierService dossiers;
  private final Actors actors;
  private final FormDecision form;
  private final ProcessGuard guard;

  public RecordReviewDecisionDelegate(DossierService dossiers, Actors actors, FormDecision form, ProcessGuard guard) {
    this.guard = guard;
    this.dossiers = dossiers;
    this.actors = actors;
    this.form = form;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String dossierId = guard.intactDossierId(execution);
    ReviewDecision decision = form.read(execution);
    dossiers.decide(dossierId, decision, actors.current(Actors.SYSTEM));
    FormDecision.record(execution, decision);
    if (decision.approved()) {
      execution.removeVariable(ProcessVariables.REJECTION_NOTE);
    } else {
      execution.setVariable(ProcessVariables.REJECTION_NOTE, decision.note());
    }
  }
}
