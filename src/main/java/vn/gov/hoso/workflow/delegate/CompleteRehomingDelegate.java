package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.organisation.Rehoming;
import vn.gov.hoso.organisation.RestructuringService;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * The new unit's focal officer approved: the person's account and dossier move to the proposed unit, the re-homing is
 * kept as history (new unit, position, approver) and the dossier gets a history row "Chuyển đơn vị".
 *
 * <p>Inputs: {@code rehomingId}, {@code personId} (= business key), {@code positionName} (optional). The unit is the
 * proposal recorded by {@code recordRehomingProposalDelegate} (what the approver saw), never a value sent with the
 * approval. Outputs: {@code proposedUnitId} = the unit approved. A unit that no longer exists refuses the approval
 * with a Vietnamese/English message.
 */
@Component("completeRehomingDelegate")
public class CompleteRehomingDelegate implements JavaDelegate {

  private final RestructuringService restructurings;
  private final RehomingGuard guard;
  private final Actors actors;

  CompleteRehomingDelegate(RestructuringService restructurings, RehomingGuard guard, Actors actors) {
    this.restructurings = restructurings;
    this.guard = guard;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Rehoming rehoming = guard.intactRehoming(execution, execution.getProcessBusinessKey());
    Object position = execution.getVariable(ProcessVariables.POSITION_NAME);
    execution.setVariable(ProcessVariables.PROPOSED_UNIT_ID, rehoming.proposedUnitId());
    String approver = actors.current(Actors.SYSTEM);
    guard.refusingCompletion(() -> restructurings.completeRehoming(rehoming.id(), rehoming.proposedUnitId(),
        position instanceof String p ? p : null, approver));
  }
}
