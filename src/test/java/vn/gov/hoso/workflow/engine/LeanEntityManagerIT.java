package vn.gov.hoso.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.hoso.support.IntegrationTest;

/** The engine runs with {@link LeanEntityManagerFactory}, whose id check refuses what the engine's own refuses. */
@IntegrationTest
class LeanEntityManagerIT {

  @Autowired ProcessEngine engine;
  @Autowired TaskService tasks;

  @Test
  void engineUsesTheLeanEntityManagerAndStillRefusesTheReservedId() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getSessionFactories().get(DbEntityManager.class))
        .isInstanceOf(LeanEntityManagerFactory.class);

    Task reserved = tasks.newTask("*");
    assertThatThrownBy(() -> tasks.saveTask(reserved)).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("has an invalid id").hasMessageContaining("cannot be *");

    Task ordinary = tasks.newTask();
    ordinary.setName("Kiểm thử id");
    tasks.saveTask(ordinary);
    assertThat(ordinary.getId()).as("ids still come from the engine's generator").isNotBlank();
    assertThat(tasks.createTaskQuery().taskId(ordinary.getId()).count()).isEqualTo(1);
    tasks.deleteTask(ordinary.getId(), true);
  }
}
