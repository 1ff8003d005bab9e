package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * The PIN a signer sends with the completion of a signing task. Taking it removes it from the task, its execution and
 * the process instance in the completing transaction, so it is never inserted into the runtime or history tables (a
 * variable created and removed in one transaction is never written).
 */
final class TaskPins {

  private TaskPins() {}

  /** The PIN sent with the completion (empty when none), removed from every scope. Wipe the array after use. */
  static char[] take(DelegateTask task) {
    Object value = task.getVariable(ProcessVariables.PIN);
    task.removeVariableLocal(ProcessVariables.PIN);
    task.getExecution().removeVariableLocal(ProcessVariables.PIN);
    task.getExecution().getProcessInstance().removeVariableLocal(ProcessVariables.PIN);
    return value == null ? new char[0] : value.toString().toCharArray();
  }
}
