package vn.gov.hoso.workflow.delegate;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.gov.hoso.common.Messages;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Whoever may complete a task may also send variables with it. This guard refuses a completion that tries to change
 * which dossier the process works on ({@code dossierId} must stay the business key) or who verifies it
 * ({@code unitId} must stay the dossier's unit).
 */
@Component
class ProcessGuard {

  private final DossierService dossiers;
  private final Messages messages;

  ProcessGuard(DossierService dossiers, Messages messages) {
    this.dossiers = dossiers;
    this.messages = messages;
  }

  /** Returns the dossier id after checking it and the unit id against the process' own records. */
  String intactDossierId(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    Object dossierId = execution.getVariable(ProcessVariables.DOSSIER_ID);
    Object unitId = execution.getVariable(ProcessVariables.UNIT_ID);
    if (businessKey == null || !businessKey.equals(dossierId)
        || !Objects.equals(dossiers.summary(businessKey).unitId(), unitId)) {
      throw new TaskFormRejectedException(messages.bilingual("error.processTampered.detail", List.of()));
    }
    return businessKey;
  }
}
