package vn.gov.hoso.workflow;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.camunda.bpm.engine.RuntimeService;
import vn.gov.hoso.campaign.CampaignLaunched;

/**
 * Starts {@code declaration-campaign} when a campaign is launched, in the launching transaction (its first step is
 * asynchronous: the request returns at once). Business key: the campaign id.
 */
@Component
class CampaignStarter {

  private final RuntimeService runtime;

  CampaignStarter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @EventListener
  void on(CampaignLaunched event) {
    runtime.startProcessInstanceByKey(ProcessKeys.DECLARATION_CAMPAIGN, event.campaignId(),
        Map.of(ProcessVariables.CAMPAIGN_ID, event.campaignId()));
  }
}
