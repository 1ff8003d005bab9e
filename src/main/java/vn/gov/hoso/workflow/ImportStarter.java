package vn.gov.hoso.workflow;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.camunda.bpm.engine.RuntimeService;
import vn.gov.hoso.dossier.DossierImported;

/**
 * Starts {@code dossier-declaration} for a dossier received from the national database, in the creating transaction,
 * positioned before {@value #VERIFICATION} so the receiving unit's focal officers verify version 1 first (the
 * subprocess computes {@code verificationDueDate} as for any submission). Approval then locks and goes to signing
 * like any declaration; rejection takes the model's rejection loop (a new declaration period) to the employee's
 * {@code DeclareDossierUserTask}. Business key: the dossier id. No BPMN change: the process keeps one start event
 * for modelers; this start instruction names the subprocess, so renaming it is an API change.
 */
@Component
class ImportStarter {

  /** The element the process starts before. */
  static final String VERIFICATION = "VerifyDossierSubProcess";

  private final RuntimeService runtime;

  ImportStarter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @EventListener
  void on(DossierImported event) {
    runtime.createProcessInstanceByKey(ProcessKeys.DOSSIER_DECLARATION)
        .businessKey(event.dossierId())
        .setVariable(ProcessVariables.DOSSIER_ID, event.dossierId())
        .setVariable(ProcessVariables.UNIT_ID, event.unitId())
        .setVariable(ProcessVariables.VERSION_NUMBER, event.versionNumber())
        .startBeforeActivity(VERIFICATION)
        .execute();
  }
}
