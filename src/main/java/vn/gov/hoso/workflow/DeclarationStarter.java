package vn.gov.hoso.workflow;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.hoso.dossier.DossierOpened;
import vn.gov.hoso.dossier.DossierUnlocked;

/**
 * Starts {@code dossier-declaration} when a dossier is opened, in the same transaction: either both exist or neither.
 * Business key: the dossier id. When an authorised officer unlocks a confirmed dossier it cancels what still runs for
 * the dossier (a {@code dossier-signing}, and a declaration or change waiting for it) with the reason recorded as the
 * delete reason, and starts a new declaration.
 */
@Component
class DeclarationStarter {

  private final RuntimeService runtime;

  DeclarationStarter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @EventListener
  void on(DossierOpened event) {
    runtime.startProcessInstanceByKey(ProcessKeys.DOSSIER_DECLARATION, event.dossierId(),
        Map.of(ProcessVariables.DOSSIER_ID, event.dossierId(), ProcessVariables.UNIT_ID, event.unitId()));
  }

  @EventListener
  void on(DossierUnlocked event) {
    String reason = "Mở khóa hồ sơ / dossier unlocked by " + event.actor() + ": " + event.reason();
    // parents first (their call activities take the signing with them), then a signing started on its own
    for (String key : List.of(ProcessKeys.DOSSIER_DECLARATION, ProcessKeys.DOSSIER_CHANGE)) {
      runtime.createProcessInstanceQuery().processDefinitionKey(key).processInstanceBusinessKey(event.dossierId())
          .list().stream().map(ProcessInstance::getId)
          .forEach(id -> runtime.deleteProcessInstance(id, reason));
    }
    runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.SIGNING)
        .variableValueEquals(ProcessVariables.DOSSIER_ID, event.dossierId()).list().stream()
        .map(ProcessInstance::getId).forEach(id -> runtime.deleteProcessInstance(id, reason));
    on(new DossierOpened(event.dossierId(), event.unitId()));
  }
}
