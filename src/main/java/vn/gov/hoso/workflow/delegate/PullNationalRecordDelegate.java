package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.sync.InboundSync;
import vn.gov.hoso.workflow.BpmnErrors;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Pulls the national record of a person arriving from another province (the inbound pull of
 * {@code POST /api/sync/inbound}): the local dossier is created as version 1 <em>Chờ xác nhận</em> in the receiving
 * unit and its verification starts ({@code dossier-declaration} at the verification). Runs as an asynchronous job:
 * the national database not answering is a technical failure, retried by the model's cycle, then an incident.
 *
 * <p>Inputs: {@code dossierId} (CCCD), {@code unitId} (receiving unit), {@code requestedBy} (the focal officer, whose
 * right is checked again). Outputs: none.
 * BPMN errors: {@code NATIONAL_RECORD_NOT_FOUND} (no national record), {@code INBOUND_REFUSED} (a local dossier
 * exists, the CCCD is malformed, the unit is unknown, or the requester may not import into the unit).
 */
@Component("pullNationalRecordDelegate")
public class PullNationalRecordDelegate implements JavaDelegate {

  private final InboundSync inbound;

  PullNationalRecordDelegate(InboundSync inbound) {
    this.inbound = inbound;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String cccd = (String) execution.getVariable(ProcessVariables.DOSSIER_ID);
    String unitId = (String) execution.getVariable(ProcessVariables.UNIT_ID);
    String requestedBy = (String) execution.getVariable(ProcessVariables.REQUESTED_BY);
    inbound.pullForProcess(cccd, unitId, requestedBy).ifPresent(code -> {
      throw new BpmnError("nationalRecordNotFound".equals(code) ? BpmnErrors.NATIONAL_RECORD_NOT_FOUND
          : BpmnErrors.INBOUND_REFUSED, code);
    });
  }
}
