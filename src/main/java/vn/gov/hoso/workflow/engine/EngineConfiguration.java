package vn.gov.hoso.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.hoso.workflow.LatestDefinitionIds;

/** Engine settings that are not plain properties. */
@Configuration(proxyBeanMethods = false)
public class EngineConfiguration {

  /**
   * Account names like {@code stc.daumoi} and CCCDs, group names like {@code focal-STC}; the catalogued history level;
   * candidates and assignees may work on a task (claim, complete) but not reassign it; form prefills deferred to the
   * first read of the form ({@link DeferredFormPrefillInterceptor}); the entity manager without the eager message of
   * its id check ({@link LeanEntityManagerFactory}); the remembered latest decision versions forgotten at every
   * deployment ({@link LatestDefinitionIds}).
   */
  @Bean
  ProcessEnginePlugin hosoEnginePlugin(BeanFactory beans, LatestDefinitionIds latestDefinitions) {
    LeanEntityManagerFactory entityManagers = new LeanEntityManagerFactory();
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setUserResourceWhitelistPattern("[a-zA-Z0-9._-]+");
        configuration.setGroupResourceWhitelistPattern("[a-zA-Z0-9._-]+");
        configuration.setTenantResourceWhitelistPattern("[a-zA-Z0-9._-]+");
        configuration.setCustomHistoryLevels(plus(configuration.getCustomHistoryLevels(), new CatalogueHistoryLevel()));
        configuration.setHistory(CatalogueHistoryLevel.NAME);
        configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setCustomPostCommandInterceptorsTxRequired(plus(
            configuration.getCustomPostCommandInterceptorsTxRequired(), new DeferredFormPrefillInterceptor(beans)));
        configuration.setCustomSessionFactories(plus(configuration.getCustomSessionFactories(), entityManagers));
        Deployer forgetLatest = deployment -> latestDefinitions.forget();
        configuration.setCustomPostDeployers(plus(configuration.getCustomPostDeployers(), forgetLatest));
      }

      @Override
      public void postInit(ProcessEngineConfigurationImpl configuration) {
        entityManagers.useIdGenerator(configuration.getIdGenerator());
        latestDefinitions.useDeploymentCache(configuration.getDeploymentCache());
      }
    };
  }

  /** A copy of a list of the engine configuration (null when nothing was set) with one more element. */
  private static <T> List<T> plus(@Nullable List<T> list, T element) {
    List<T> copy = list == null ? new ArrayList<>() : new ArrayList<>(list);
    copy.add(element);
    return copy;
  }
}
