package vn.gov.hoso.support;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.context.TestComponent;
import vn.gov.hoso.workflow.ProcessKeys;

/**
 * Drives {@code dossier-signing} as the system and the head do: the signing-window timer fires (executed, never
 * waited for), the head of Sở Tài chính completes the task with a PIN.
 */
@TestComponent
public class SigningDriver {

  public static final String STC_HEAD = "stc.thutruong";
  public static final List<String> STC_HEAD_GROUPS = List.of("head-STC", "unit-heads");
  public static final String WINDOW_OPEN_TIMER = "SigningWindowOpenTimerEvent";
  public static final String SIGN_TASK = "SignDossierUserTask";

  private final RuntimeService runtime;
  private final ManagementService management;
  private final TaskService tasks;
  private final FormService forms;
  private final DeclarationDriver users;

  public SigningDriver(RuntimeService runtime, ManagementService management, TaskService tasks, FormService forms,
      DeclarationDriver users) {
    this.runtime = runtime;
    this.management = management;
    this.tasks = tasks;
    this.forms = forms;
    this.users = users;
  }

  /** The signing process of the dossier (called by its declaration or change process). */
  public ProcessInstance signingProcess(String cccd) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.SIGNING)
        .processInstanceBusinessKey(cccd).active().singleResult();
  }

  public Job windowTimer(String cccd) {
    return management.createJobQuery().processInstanceId(signingProcess(cccd).getId())
        .activityId(WINDOW_OPEN_TIMER).timers().singleResult();
  }

  /** Fires the timer that waits for the signing window (the engine clock must be inside the window). */
  public void openWindow(String cccd) {
    management.executeJob(windowTimer(cccd).getId());
  }

  public Task signTask(String cccd) {
    return tasks.createTaskQuery().processInstanceBusinessKey(cccd).taskDefinitionKey(SIGN_TASK).singleResult();
  }

  /** The head submits the signing form with the PIN, as Tasklist does. */
  public void signInTasklist(String cccd, String pin) {
    users.as(STC_HEAD, STC_HEAD_GROUPS, () -> forms.submitTaskForm(signTask(cccd).getId(), Map.of("pin", pin)));
  }

  /** The head completes the signing task with the PIN through the REST-like API ({@code complete}). */
  public void signByComplete(String cccd, String pin) {
    users.as(STC_HEAD, STC_HEAD_GROUPS, () -> tasks.complete(signTask(cccd).getId(), Map.of("pin", pin)));
  }
}
