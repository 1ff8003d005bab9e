package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.workflow.CampaignDeclarations;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Starts the declarations of one batch of campaign members (see {@link CampaignDeclarations}); meant for an
 * asynchronous task, each batch a job of its own.
 *
 * <p>Inputs: {@code campaignId}, {@code campaignBatchIndex} (the batch, from 0). Outputs: none. No BPMN error: a
 * failure rolls the batch back and the job is retried.
 */
@Component("startDeclarationBatchDelegate")
public class StartDeclarationBatchDelegate implements JavaDelegate {

  private final CampaignDeclarations declarations;

  StartDeclarationBatchDelegate(CampaignDeclarations declarations) {
    this.declarations = declarations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String campaignId = (String) execution.getVariable(ProcessVariables.CAMPAIGN_ID);
    int index = ((Number) execution.getVariable(ProcessVariables.CAMPAIGN_BATCH_INDEX)).intValue();
    declarations.startBatch(campaignId, index);
  }
}
