package vn.gov.hoso.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.hoso.support.IntegrationTest;

/** A restart with unchanged models deploys nothing; process and forms of a version share one deployment. */
@IntegrationTest
class ModelDeployerIT {

  @Autowired ModelDeployer deployer;
  @Autowired RepositoryService repository;

  @Test
  void keepsCurrentDeploymentWhenNothingChanged() throws IOException {
    long before = repository.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME).count();

    String first = deployer.deploy();
    String second = deployer.deploy();

    assertThat(second).isEqualTo(first);
    assertThat(repository.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME).count())
        .isEqualTo(before);
    assertThat(repository.getDeploymentResourceNames(second))
        .contains("processes/dossier-declaration.bpmn", "forms/declare-dossier.form", "forms/verify-dossier.form");
  }
}
