package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.campaign.CampaignService;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Marks a campaign RUNNING once every start batch is done.
 *
 * <p>Inputs: {@code campaignId}. Outputs: none. No BPMN error.
 */
@Component("markCampaignRunningDelegate")
public class MarkCampaignRunningDelegate implements JavaDelegate {

  private final CampaignService campaigns;

  MarkCampaignRunningDelegate(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    campaigns.markRunning((String) execution.getVariable(ProcessVariables.CAMPAIGN_ID));
  }
}
