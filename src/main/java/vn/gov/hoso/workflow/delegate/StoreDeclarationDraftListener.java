package vn.gov.hoso.workflow.delegate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.schema.DossierSchema;
import vn.gov.hoso.workflow.DeferredFormPrefill;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Task listener ({@code complete}) of the declaration task: stores what the form holds as the dossier's draft, on
 * every completion (save or submit), before the model decides where to go. Values a client sent with the completion
 * land in the process scope (REST {@code complete}) or in the task-local variables (Tasklist {@code submit-form});
 * the value in the execution's scopes wins, and is removed afterwards so dossier data never stay in process variables.
 * When the form was never opened (its prefill still pending, see {@link PrefillDeclarationFormListener}), a field
 * the client did not send keeps the value of the saved draft.
 *
 * <p>Inputs: {@code dossierId}, {@code action}, the field variables, {@code emptyTables} (ids of tables the form
 * submits empty: form-js leaves a list with no rows out of the submission). Output: process variable {@code action}
 * normalised to {@code save} or {@code submit}.
 */
@Component("storeDeclarationDraftListener")
public class StoreDeclarationDraftListener implements TaskListener {

  private final DossierService dossiers;
  private final DossierSchema schema;
  private final FormVariables variables;
  private final ObjectMapper json;
  private final Actors actors;
  private final ProcessGuard guard;

  public StoreDeclarationDraftListener(DossierService dossiers, DossierSchema schema, FormVariables variables,
      ObjectMapper json, Actors actors, ProcessGuard guard) {
    this.guard = guard;
    this.dossiers = dossiers;
    this.schema = schema;
    this.variables = variables;
    this.json = json;
    this.actors = actors;
  }

  /**
   * The submitted value: a variable of the execution or a scope above it (REST complete: the engine creates it in the
   * process instance) wins over the task-local prefill (Tasklist submit-form).
   */
  private static @Nullable Object submitted(DelegateTask task, String key) {
    DelegateExecution execution = task.getExecution();
    return execution.hasVariable(key) ? execution.getVariable(key) : task.getVariableLocal(key);
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    String dossierId = guard.intactDossierId(execution);
    ObjectNode content = json.createObjectNode();
    @Nullable ObjectNode unopened =
        DeferredFormPrefill.isPending(task) ? dossiers.formDraft(dossierId).content() : null;
    for (String key : schema.topLevelKeys()) {
      JsonNode node = unopened != null && !execution.hasVariable(key)
          ? unopened.path(key)
          : variables.fromForm(key, submitted(task, key));
      if (!node.isMissingNode() && !node.isNull() && !(node.isTextual() && node.asText().isBlank())) {
        content.set(key, node);
      }
    }
    JsonNode emptied = variables.fromVariable(submitted(task, ProcessVariables.EMPTY_TABLES));
    if (emptied.isArray()) {
      emptied.forEach(table -> {
        if (schema.topLevelKeys().contains(table.asText())) {
          content.putArray(table.asText());
        }
      });
    }
    schema.topLevelKeys().stream().filter(key -> !ProcessVariables.HISTORISED.contains(key))
        .forEach(execution::removeVariable);
    execution.removeVariable(ProcessVariables.EMPTY_TABLES);
    dossiers.saveDraft(dossierId, content, actors.current(dossierId));
    Object action = task.getVariable(ProcessVariables.ACTION);
    String normalised = action == null ? "" : action.toString().trim().toLowerCase(Locale.ROOT);
    execution.setVariable(ProcessVariables.ACTION,
        ProcessVariables.ACTION_SUBMIT.equals(normalised) ? ProcessVariables.ACTION_SUBMIT
            : ProcessVariables.ACTION_SAVE);
  }
}
