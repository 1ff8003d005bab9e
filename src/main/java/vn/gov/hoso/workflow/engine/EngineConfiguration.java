package vn.gov.hoso.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Engine settings that are not plain properties. */
@Configuration(proxyBeanMethods = false)
public class EngineConfiguration {

  /**
   * Account names like {@code stc.daumoi} and CCCDs, group names like {@code focal-STC}; the catalogued history level;
   * candidates and assignees may work on a task (claim, complete) but not reassign it; form prefills deferred to the
   * first read of the form ({@link DeferredFormPrefillInterceptor}).
   */
  @Bean
  ProcessEnginePlugin hosoEnginePlugin(BeanFactory beans) {
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
      }
    };
  }
}
