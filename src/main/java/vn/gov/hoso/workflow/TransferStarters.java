package vn.gov.hoso.workflow;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.hoso.calendar.WorkingCalendar;
import vn.gov.hoso.dossier.RetirementNoticeDue;
import vn.gov.hoso.organisation.PersonTransferred;
import vn.gov.hoso.organisation.TransferDecided;
import vn.gov.hoso.organisation.TransferKind;
import vn.gov.hoso.sync.TransferIntoProvinceRequested;

/**
 * Starts the transfer and retirement processes in the transaction of the domain change, so both exist or neither
 * (business key: the person's username = CCCD): {@code transfer-internal} / {@code transfer-between-units} when a
 * transfer is decided, {@code transfer-into-province} when a pull is requested, the notice path of
 * {@code retirement-forecast} (message {@code RetirementNoticeDue}) for each notice; after a transfer the person's
 * running processes and open tasks follow ({@link TransferredTasks}).
 */
@Component
class TransferStarters {

  private final RuntimeService runtime;
  private final TransferredTasks transferredTasks;

  TransferStarters(RuntimeService runtime, TransferredTasks transferredTasks) {
    this.runtime = runtime;
    this.transferredTasks = transferredTasks;
  }

  @EventListener
  void on(TransferDecided event) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.TRANSFER_ID, event.transferId());
    variables.put(ProcessVariables.PERSON_ID, event.username());
    variables.put(ProcessVariables.FROM_UNIT_ID, event.fromUnitId());
    variables.put(ProcessVariables.TO_UNIT_ID, event.toUnitId());
    variables.put(ProcessVariables.EFFECTIVE_DATE, event.effectiveDate().toString());
    variables.put(ProcessVariables.EFFECTIVE_AT,
        Date.from(event.effectiveDate().atStartOfDay(WorkingCalendar.ZONE).toInstant()));
    String key = event.kind() == TransferKind.INTERNAL ? ProcessKeys.TRANSFER_INTERNAL
        : ProcessKeys.TRANSFER_BETWEEN_UNITS;
    runtime.startProcessInstanceByKey(key, event.username(), variables);
  }

  @EventListener
  void on(TransferIntoProvinceRequested event) {
    runtime.startProcessInstanceByKey(ProcessKeys.TRANSFER_INTO_PROVINCE, event.citizenId(),
        Map.of(ProcessVariables.DOSSIER_ID, event.citizenId(), ProcessVariables.UNIT_ID, event.unitId(),
            ProcessVariables.REQUESTED_BY, event.requestedBy()));
  }

  @EventListener
  void on(RetirementNoticeDue event) {
    runtime.createMessageCorrelation(ProcessKeys.RETIREMENT_NOTICE_DUE_MESSAGE)
        .processInstanceBusinessKey(event.dossierId())
        .setVariable(ProcessVariables.DOSSIER_ID, event.dossierId())
        .setVariable(ProcessVariables.UNIT_ID, event.unitId())
        .setVariable(ProcessVariables.RETIREMENT_DATE, event.retirementDate().toString())
        .correlateStartMessage();
  }

  @EventListener
  void on(PersonTransferred event) {
    transferredTasks.follow(event.username(), event.fromUnitId(), event.toUnitId());
  }
}
