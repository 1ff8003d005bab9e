package vn.gov.hoso.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Several Spring test contexts live in one JVM (the default one, the Keycloak profile, the nd27-2026 rule set), each
 * with an engine named {@code default}; Camunda's REST API and webapps look the engine up by name in the static
 * {@link ProcessEngines} registry, where the context created last wins. Before each test class this listener registers
 * the engine of the class's own context again, so {@code /engine-rest} answers from the engine the test talks to,
 * whatever order the classes run in.
 */
public class CurrentProcessEngineListener extends AbstractTestExecutionListener {

  @Override
  public void beforeTestClass(TestContext testContext) {
    testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
        .ifAvailable(ProcessEngines::registerProcessEngine);
  }

  @Override
  public int getOrder() {
    return LOWEST_PRECEDENCE;
  }
}
