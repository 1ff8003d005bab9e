package vn.gov.hoso.workflow;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.hoso.calendar.WorkingCalendar;
import vn.gov.hoso.organisation.PersonRehomed;
import vn.gov.hoso.organisation.RehomingRequested;
import vn.gov.hoso.organisation.RestructuringDecided;
import vn.gov.hoso.organisation.RestructuringService;

/**
 * Starts the processes of a restructuring in the transaction of the domain change, so both exist or neither:
 * {@code unit-restructuring} when one is decided (business key: the restructuring id), {@code staff-rehoming} for
 * every person of a closed unit (business key: the person's username).
 */
@Component
class RestructuringStarters {

  private final RuntimeService runtime;
  private final RestructuringService restructurings;

  RestructuringStarters(RuntimeService runtime, RestructuringService restructurings) {
    this.runtime = runtime;
    this.restructurings = restructurings;
  }

  @EventListener
  void on(RestructuringDecided event) {
    Date effectiveAt = Date.from(event.effectiveDate().atStartOfDay(WorkingCalendar.ZONE).toInstant());
    runtime.startProcessInstanceByKey(ProcessKeys.UNIT_RESTRUCTURING, event.restructuringId(),
        Map.of(ProcessVariables.RESTRUCTURING_ID, event.restructuringId(), ProcessVariables.EFFECTIVE_AT,
            effectiveAt));
  }

  @EventListener
  void on(PersonRehomed event) {
    runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DOSSIER_DECLARATION)
        .processInstanceBusinessKey(event.username()).list()
        .forEach(instance -> runtime.setVariable(instance.getId(), ProcessVariables.UNIT_ID, event.toUnitId()));
  }

  @EventListener
  void on(RehomingRequested event) {
    String fromUnitId = restructurings.rehoming(event.rehomingId()).orElseThrow().fromUnitId();
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.REHOMING_ID, event.rehomingId());
    variables.put(ProcessVariables.PERSON_ID, event.username());
    variables.put(ProcessVariables.FROM_UNIT_ID, fromUnitId);
    variables.put(ProcessVariables.PROPOSED_UNIT_ID, event.proposedUnitId());
    runtime.startProcessInstanceByKey(ProcessKeys.STAFF_REHOMING, event.username(), variables);
  }
}
