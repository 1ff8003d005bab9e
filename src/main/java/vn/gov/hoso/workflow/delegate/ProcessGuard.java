package vn.gov.hoso.workflow.delegate;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.gov.hoso.accounts.AccountService;
import vn.gov.hoso.accounts.RecruitmentView;
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
  private final AccountService accounts;
  private final Messages messages;

  ProcessGuard(DossierService dossiers, AccountService accounts, Messages messages) {
    this.dossiers = dossiers;
    this.accounts = accounts;
    this.messages = messages;
  }

  /**
   * Returns the recruitment id after checking that it belongs to the business key (the CCCD) and that {@code unitId}
   * is the recruitment's unit.
   */
  String intactRecruitmentId(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    Object recruitmentId = execution.getVariable(ProcessVariables.RECRUITMENT_ID);
    if (businessKey == null || !(recruitmentId instanceof String id)) {
      throw tampered();
    }
    RecruitmentView recruitment = accounts.recruitment(id);
    if (!recruitment.citizenId().equals(businessKey)
        || !recruitment.unitId().equals(execution.getVariable(ProcessVariables.UNIT_ID))) {
      throw tampered();
    }
    return id;
  }

  private TaskFormRejectedException tampered() {
    return new TaskFormRejectedException(messages.bilingual("error.processTampered.detail", List.of()));
  }

  /** Returns the dossier id after checking it and the unit id against the process' own records. */
  String intactDossierId(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    Object dossierId = execution.getVariable(ProcessVariables.DOSSIER_ID);
    Object unitId = execution.getVariable(ProcessVariables.UNIT_ID);
    if (businessKey == null || !businessKey.equals(dossierId)
        || !Objects.equals(dossiers.summary(businessKey).unitId(), unitId)) {
      throw tampered();
    }
    return businessKey;
  }
}
