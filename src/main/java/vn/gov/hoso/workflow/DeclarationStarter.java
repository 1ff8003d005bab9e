package vn.gov.hoso.workflow;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.hoso.dossier.DossierOpened;

/**
 * Starts {@code dossier-declaration} when a dossier is opened, in the same transaction: either both exist or neither.
 * Business key: the dossier id.
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
}
