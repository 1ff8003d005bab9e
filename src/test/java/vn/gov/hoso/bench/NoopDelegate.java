package vn.gov.hoso.bench;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The service tasks of the bare-engine baseline ({@code src/test/resources/bench/*.bpmn}): does nothing. */
public class NoopDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    // the baseline measures the engine alone
  }
}
