package vn.gov.hoso.workflow.engine;

import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.BeanFactory;
import vn.gov.hoso.workflow.DeferredFormPrefill;

/**
 * Runs a task's {@link DeferredFormPrefill} inside the command that reads its form variables (REST
 * {@code GET task/{id}/form-variables}, {@code FormService#getTaskFormVariables}), before the command reads them:
 * the values are written in the command's transaction, so a refused read (no permission on the task) rolls the
 * prefill back with it. Registered after the command context interceptor; every other command passes untouched.
 */
final class DeferredFormPrefillInterceptor extends CommandInterceptor {

  private final BeanFactory beans;

  DeferredFormPrefillInterceptor(BeanFactory beans) {
    this.beans = beans;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof GetTaskFormVariablesCmd read && read.resourceId != null) {
      TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(read.resourceId);
      if (task != null && task.getVariableLocal(DeferredFormPrefill.PENDING) instanceof String bean) {
        beans.getBean(bean, DeferredFormPrefill.class).prefill(task);
        task.removeVariableLocal(DeferredFormPrefill.PENDING);
      }
    }
    return next.execute(command);
  }
}
