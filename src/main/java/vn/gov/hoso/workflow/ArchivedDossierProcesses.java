package vn.gov.hoso.workflow;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.hoso.dossier.DossierArchived;

/**
 * When a dossier moves to the archive, its other running processes end in the same transaction: the declaration and
 * a change, with a signing they called (their tasks could no longer be completed: the dossier refuses every write), and a
 * secondment still waiting for the person's return (a person who retires while seconded). Runs for the process that
 * archived, not for the user who drives it: without authorization checks.
 */
@Component
class ArchivedDossierProcesses {

  /** Element id of the return timer of {@code exit}: a secondment waiting at it does not block another exit. */
  static final String SECONDMENT_RETURN_TIMER = "SecondmentReturnTimerEvent";
  static final String REASON = "Hồ sơ đã chuyển vào lưu trữ / dossier archived";

  private final RuntimeService runtime;

  ArchivedDossierProcesses(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @EventListener
  void on(DossierArchived event) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      end(event.dossierId());
    } else {
      context.runWithoutAuthorization(() -> {
        end(event.dossierId());
        return null;
      });
    }
  }

  private void end(String dossierId) {
    // a signing runs only as a call activity: it ends with the declaration or change that called it, and the signing
    // that a transfer out just finished must not be touched (deleting a called instance ends its caller)
    for (String key : List.of(ProcessKeys.DOSSIER_DECLARATION, ProcessKeys.DOSSIER_CHANGE)) {
      runtime.createProcessInstanceQuery().processDefinitionKey(key).processInstanceBusinessKey(dossierId).list()
          .stream().map(ProcessInstance::getId)
          .forEach(id -> {
            if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
              runtime.deleteProcessInstance(id, REASON);
            }
          });
    }
    runtime.createExecutionQuery().processDefinitionKey(ProcessKeys.EXIT).processInstanceBusinessKey(dossierId)
        .activityId(SECONDMENT_RETURN_TIMER).list().stream().map(Execution::getProcessInstanceId).distinct()
        .forEach(id -> runtime.deleteProcessInstance(id, REASON));
  }
}
