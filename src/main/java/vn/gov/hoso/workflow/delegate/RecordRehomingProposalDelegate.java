package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.organisation.Rehoming;
import vn.gov.hoso.organisation.RestructuringService;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Stores the unit now proposed for a person who needs a new unit (after the person confirmed it, or after a focal
 * officer proposed another one), so the list of people to re-home shows it.
 *
 * <p>Inputs: {@code rehomingId}, {@code personId} (= business key), {@code proposedUnitId}. Outputs: none. A unit
 * that does not exist today refuses the task completion with a Vietnamese/English message (no BPMN error: whoever
 * completed the task must choose another unit).
 */
@Component("recordRehomingProposalDelegate")
public class RecordRehomingProposalDelegate implements JavaDelegate {

  private final RestructuringService restructurings;
  private final RehomingGuard guard;

  RecordRehomingProposalDelegate(RestructuringService restructurings, RehomingGuard guard) {
    this.restructurings = restructurings;
    this.guard = guard;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Rehoming rehoming = guard.intactRehoming(execution, execution.getProcessBusinessKey());
    Object unitId = execution.getVariable(ProcessVariables.PROPOSED_UNIT_ID);
    guard.refusingCompletion(
        () -> restructurings.propose(rehoming.id(), unitId instanceof String s ? s.strip() : ""));
  }
}
