package vn.gov.hoso.workflow;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.hoso.accounts.RecruitmentReceived;

/**
 * Starts {@code account-provisioning} when a recruitment decision is received, in the same transaction. Business key:
 * the CCCD (the future dossier id).
 */
@Component
class AccountProvisioningStarter {

  private final RuntimeService runtime;

  AccountProvisioningStarter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @EventListener
  void on(RecruitmentReceived event) {
    runtime.startProcessInstanceByKey(ProcessKeys.ACCOUNT_PROVISIONING, event.citizenId(),
        Map.of(ProcessVariables.RECRUITMENT_ID, event.recruitmentId(), ProcessVariables.DOSSIER_ID,
            event.citizenId(), ProcessVariables.UNIT_ID, event.unitId()));
  }
}
