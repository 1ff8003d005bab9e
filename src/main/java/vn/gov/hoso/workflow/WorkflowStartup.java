package vn.gov.hoso.workflow;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.hoso.workflow.engine.ModelDeployer;
import vn.gov.hoso.workflow.engine.TasklistFilters;
import vn.gov.hoso.workflow.identity.IdentityAdministration;

/**
 * At startup: deploy the models, check that the configured deadline rule set exists in them, create the shared
 * Tasklist filters and the base authorizations.
 */
@Component
@Order(0)
class WorkflowStartup implements ApplicationRunner {

  private final ModelDeployer deployer;
  private final TasklistFilters filters;
  private final IdentityAdministration identity;
  private final Deadlines deadlines;

  WorkflowStartup(ModelDeployer deployer, TasklistFilters filters, IdentityAdministration identity,
      Deadlines deadlines) {
    this.deployer = deployer;
    this.filters = filters;
    this.identity = identity;
    this.deadlines = deadlines;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    deployer.deploy();
    deadlines.requireConfiguredRuleSet();
    filters.ensure();
    identity.ensureBaseAuthorizations();
  }
}
