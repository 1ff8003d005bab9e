package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.organisation.RestructuringService;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Applies a decided restructuring to the unit tree (rename, move, merge, split, dissolve) and opens a re-homing, with
 * its own {@code staff-rehoming} process, for every person of a closed unit. Applying twice changes nothing.
 *
 * <p>Inputs: {@code restructuringId}. Outputs: {@code rehomingCount} (people who need a new unit). No BPMN error:
 * the decision was checked when it was taken; a failure is technical and becomes an incident.
 */
@Component("applyRestructuringDelegate")
public class ApplyRestructuringDelegate implements JavaDelegate {

  private final RestructuringService restructurings;
  private final Actors actors;

  ApplyRestructuringDelegate(RestructuringService restructurings, Actors actors) {
    this.restructurings = restructurings;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = (String) execution.getVariable(ProcessVariables.RESTRUCTURING_ID);
    int opened = restructurings.apply(id, actors.current(Actors.SYSTEM)).size();
    execution.setVariable(ProcessVariables.REHOMING_COUNT, opened);
  }
}
