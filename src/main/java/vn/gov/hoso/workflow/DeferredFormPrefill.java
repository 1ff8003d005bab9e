package vn.gov.hoso.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A form prefill that runs when the form is opened rather than when the task is created. A task listener that
 * implements it marks the task at {@code create} with {@link #mark} (one task-local variable, {@link #PENDING},
 * holding the listener's bean name); the engine runs {@link #prefill} in the transaction of the first
 * {@code GET task/{id}/form-variables} (what Tasklist calls before it renders a Camunda Form), then removes the mark.
 *
 * <p>Why: a campaign creates tens of thousands of declaration tasks at once, and most are opened days later. A
 * prefill at creation writes one variable per dossier field (about seventy rows a task, serialised JSON included);
 * deferring it makes a task cost a handful of rows until its owner opens it.
 */
public interface DeferredFormPrefill {

  /** Task-local variable marking a task whose form is not filled yet; its value is the bean name of the prefill. */
  String PENDING = "formPrefillPending";

  /** Fills the task's form variables (task-local) now. */
  void prefill(DelegateTask task);

  /** Marks {@code task} to be filled by the bean {@code beanName} when its form is first read. */
  static void mark(DelegateTask task, String beanName) {
    task.setVariableLocal(PENDING, beanName);
  }

  /** Whether {@code task} still waits for its prefill. */
  static boolean isPending(DelegateTask task) {
    return task.getVariableLocal(PENDING) != null;
  }
}
