package vn.gov.hoso.workflow.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code processes/**.bpmn}, {@code processes/**.dmn} and {@code forms/**.form} from the classpath as one
 * deployment named {@value #DEPLOYMENT_NAME}. Resource names are normalised to {@code processes/<file>} and
 * {@code forms/<file>}, whatever the launch mode (exploded classes or fat jar), so switching modes on one database
 * creates no new versions. Nothing is deployed when no file changed; when one changed, all are deployed together, so
 * a process version always finds the forms deployed with it ({@code formRefBinding="deployment"}).
 */
@Component
public class ModelDeployer {

  public static final String DEPLOYMENT_NAME = "hoso-cbccvc";
  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);
  private static final List<String> PATTERNS =
      List.of("classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn", "classpath*:forms/**/*.form");

  private final RepositoryService repository;

  public ModelDeployer(RepositoryService repository) {
    this.repository = repository;
  }

  /** Deploys when something changed; returns the id of the deployment now current. */
  public String deploy() throws IOException {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    DeploymentBuilder builder =
        repository.createDeployment().name(DEPLOYMENT_NAME).source("hoso-cbccvc").enableDuplicateFiltering(false);
    int count = 0;
    for (String pattern : PATTERNS) {
      Resource[] resources = resolver.getResources(pattern);
      Arrays.sort(resources, Comparator.comparing(ModelDeployer::name));
      for (Resource resource : resources) {
        try (InputStream in = resource.getInputStream()) {
          builder.addInputStream(name(resource), in);
          count++;
        }
      }
    }
    if (count == 0) {
      throw new IllegalStateException("no BPMN, DMN or form found on the classpath under processes/ and forms/");
    }
    Deployment deployment = builder.deployWithResult();
    LOG.info("{} model resources checked; current deployment {} ({})", count, deployment.getId(), DEPLOYMENT_NAME);
    return deployment.getId();
  }

  /** {@code processes/dossier-declaration.bpmn}, from any URL of the resource. */
  static String name(Resource resource) {
    try {
      URI uri = resource.getURI();
      String path = uri.toString();
      for (String folder : List.of("/processes/", "/forms/")) {
        int at = path.lastIndexOf(folder);
        if (at >= 0) {
          return path.substring(at + 1);
        }
      }
      return resource.getFilename();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
