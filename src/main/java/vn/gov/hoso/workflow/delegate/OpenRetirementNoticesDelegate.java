package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.dossier.RetirementService;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * The daily run of the retirement forecast: every person whose retirement date (Nghị định 135/2020/NĐ-CP) falls
 * between today and {@code hoso.retirement.notice-months} from today and who got no notice yet gets one; each notice
 * starts the notice path of {@code retirement-forecast} for the person (message {@code RetirementNoticeDue}). Once per
 * person, however often it runs.
 *
 * <p>Inputs: none (today from the clock). Outputs: {@code noticeCount}. No BPMN errors.
 */
@Component("openRetirementNoticesDelegate")
public class OpenRetirementNoticesDelegate implements JavaDelegate {

  private final RetirementService retirements;

  OpenRetirementNoticesDelegate(RetirementService retirements) {
    this.retirements = retirements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(ProcessVariables.NOTICE_COUNT, retirements.openNotices().size());
  }
}
