package vn.gov.hoso.workflow;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;
import vn.gov.hoso.dossier.DossierProcesses;

/**
 * The dossier module's view of the engine: which processes of a dossier are running. Asked for the process, not for
 * the user whose request drives it (an employee may not read signing instances): inside a command, without
 * authorization checks.
 */
@Component
class EngineDossierProcesses implements DossierProcesses {

  private final RuntimeService runtime;

  EngineDossierProcesses(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public boolean signingInProgress(String dossierId) {
    CommandContext context = Context.getCommandContext();
    return context == null ? signings(dossierId) > 0
        : context.runWithoutAuthorization(() -> signings(dossierId)) > 0;
  }

  @Override
  public boolean exitInProgress(String dossierId) {
    CommandContext context = Context.getCommandContext();
    return context == null ? exits(dossierId) > 0 : context.runWithoutAuthorization(() -> exits(dossierId)) > 0;
  }

  private long exits(String dossierId) {
    long running = runtime.createProcessInstanceQuery()
        .processDefinitionKeyIn(ProcessKeys.EXIT, ProcessKeys.TRANSFER_OUT_OF_PROVINCE)
        .processInstanceBusinessKey(dossierId).count();
    long waitingForReturn = runtime.createExecutionQuery().processDefinitionKey(ProcessKeys.EXIT)
        .processInstanceBusinessKey(dossierId).activityId(ArchivedDossierProcesses.SECONDMENT_RETURN_TIMER).count();
    return running - waitingForReturn;
  }

  private long signings(String dossierId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.SIGNING)
        .variableValueEquals(ProcessVariables.DOSSIER_ID, dossierId).count();
  }
}
