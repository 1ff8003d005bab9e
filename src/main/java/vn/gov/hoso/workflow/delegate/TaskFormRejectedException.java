package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A task completion refused by a business rule. The message (Vietnamese / English) is what Tasklist shows the user;
 * the completion is rolled back, the form keeps what was typed.
 */
public class TaskFormRejectedException extends ProcessEngineException {

  private static final long serialVersionUID = 1L;

  public TaskFormRejectedException(String message) {
    super(message);
  }

  /** Refused by a business rule of a module: {@link #getCause()} is its {@code BusinessException}. */
  public TaskFormRejectedException(String message, RuntimeException cause) {
    super(message, cause);
  }
}
