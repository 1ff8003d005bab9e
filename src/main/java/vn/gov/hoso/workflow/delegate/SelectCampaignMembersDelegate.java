package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.campaign.CampaignService;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Selects the members of a campaign: every active person whose dossier is kept in the campaign's unit subtree (one
 * statement). Selecting again selects nobody new.
 *
 * <p>Inputs: {@code campaignId}. Outputs: {@code campaignBatchCount} (number of start batches),
 * {@code campaignLaneCount} (lanes that start them in parallel: {@code hoso.campaigns.lanes}, at most one per batch).
 * No BPMN error.
 */
@Component("selectCampaignMembersDelegate")
public class SelectCampaignMembersDelegate implements JavaDelegate {

  private final CampaignService campaigns;

  SelectCampaignMembersDelegate(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String campaignId = (String) execution.getVariable(ProcessVariables.CAMPAIGN_ID);
    int batches = campaigns.selectMembers(campaignId);
    execution.setVariable(ProcessVariables.CAMPAIGN_BATCH_COUNT, batches);
    execution.setVariable(ProcessVariables.CAMPAIGN_LANE_COUNT, campaigns.lanes(batches));
  }
}
