package vn.gov.hoso.workflow;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.hoso.workflow.engine.ModelDeployer;
import vn.gov.hoso.workflow.engine.TasklistFilters;
import vn.gov.hoso.workflow.identity.IdentityAdministration;

/** At startup: deploy the models, create the shared Tasklist filters and the base authorizations. */
@Component
@Order(0)
class WorkflowStartup implements ApplicationRunner {

  private final ModelDeployer deployer;
  private final TasklistFilters filters;
  private final IdentityAdministration identity;

  WorkflowStartup(ModelDeployer deployer, TasklistFilters filters, IdentityAdministration identity) {
    this.deployer = deployer;
    this.filters = filters;
    this.identity = identity;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    deployer.deploy();
    filters.ensure();
    identity.ensureBaseAuthorizations();
  }
}
