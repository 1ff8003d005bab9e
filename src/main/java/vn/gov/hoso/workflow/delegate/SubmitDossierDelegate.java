package vn.gov.hoso.workflow.delegate;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.dossier.DossierInvalidException;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.SubmittedVersion;
import vn.gov.hoso.dossier.ViolationReport;
import vn.gov.hoso.workflow.BpmnErrors;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Submits the saved draft: validates it on the server and makes it the next immutable version (status Chờ xác nhận).
 *
 * <p>Inputs: {@code dossierId}. Outputs: {@code versionNumber}, {@code previousVersionNumber} (removed for a first
 * version); {@code validationErrors} (one problem per line, Vietnamese) set on refusal and removed on success;
 * {@code rejectionNote} removed on success. BPMN error {@code DOSSIER_INVALID} when the draft has blocking problems.
 */
@Component("submitDossierDelegate")
public class SubmitDossierDelegate implements JavaDelegate {

  private final DossierService dossiers;
  private final Actors actors;

  public SubmitDossierDelegate(DossierService dossiers, Actors actors) {
    this.dossiers = dossiers;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String dossierId = (String) execution.getVariable(ProcessVariables.DOSSIER_ID);
    try {
      SubmittedVersion version = dossiers.submit(dossierId, actors.current(dossierId));
      execution.setVariable(ProcessVariables.VERSION_NUMBER, version.number());
      if (version.previousNumber() == null) {
        execution.removeVariable(ProcessVariables.PREVIOUS_VERSION_NUMBER);
      } else {
        execution.setVariable(ProcessVariables.PREVIOUS_VERSION_NUMBER, version.previousNumber());
      }
      execution.removeVariable(ProcessVariables.VALIDATION_ERRORS);
      execution.removeVariable(ProcessVariables.REJECTION_NOTE);
    } catch (DossierInvalidException e) {
      String lines = e.violations().stream()
          .map(v -> (v.blocking() ? "• " : "• (Lưu ý) ") + v.messageVi())
          .collect(Collectors.joining("\n"));
      execution.setVariable(ProcessVariables.VALIDATION_ERRORS, lines);
      throw new BpmnError(BpmnErrors.DOSSIER_INVALID, blockingCount(e) + " lỗi");
    }
  }

  private static long blockingCount(DossierInvalidException e) {
    return e.violations().stream().filter(ViolationReport::blocking).count();
  }
}
