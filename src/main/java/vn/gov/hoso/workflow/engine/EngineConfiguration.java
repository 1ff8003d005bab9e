package vn.gov.hoso.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
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
        List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomHistoryLevels());
        levels.add(new CatalogueHistoryLevel());
        configuration.setCustomHistoryLevels(levels);
        configuration.setHistory(CatalogueHistoryLevel.NAME);
        configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
        configuration.setEnforceHistoryTimeToLive(true);
        List<CommandInterceptor> post = configuration.getCustomPostCommandInterceptorsTxRequired() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        post.add(new DeferredFormPrefillInterceptor(beans));
        configuration.setCustomPostCommandInterceptorsTxRequired(post);
        List<SessionFactory> sessions = configuration.getCustomSessionFactories() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomSessionFactories());
        sessions.add(entityManagers);
        configuration.setCustomSessionFactories(sessions);
        List<Deployer> deployers = configuration.getCustomPostDeployers() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPostDeployers());
        deployers.add(deployment -> latestDefinitions.forget());
        configuration.setCustomPostDeployers(deployers);
      }

      @Override
      public void postInit(ProcessEngineConfigurationImpl configuration) {
        entityManagers.useIdGenerator(configuration.getIdGenerator());
        latestDefinitions.useDeploymentCache(configuration.getDeploymentCache());
      }
    };
  }
}
