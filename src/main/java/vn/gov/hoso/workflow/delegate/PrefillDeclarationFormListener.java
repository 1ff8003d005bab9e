package vn.gov.hoso.workflow.delegate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.FormDraft;
import vn.gov.hoso.dossier.schema.DossierSchema;
import vn.gov.hoso.workflow.DeferredFormPrefill;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Task listener ({@code create}) of the declaration task, with its form filled when the form is first opened
 * ({@link DeferredFormPrefill}): at {@code create} it only marks the task and resets {@code action}; at the first
 * read of the form variables it puts the saved draft into the task as task-local variables,
 * one per top-level field of the dossier that has a value, and a typed empty {@code Json} for every table, object
 * and list without one (see {@link FormVariables#toForm}), so Tasklist prefills the form and the data vanish with the
 * task. A scalar field without a value gets no variable (a new employee's draft has a handful of values among about a
 * hundred fields): what the form submits for it lands in the process scope, where
 * {@link StoreDeclarationDraftListener} takes it from and removes it in the same transaction.
 *
 * <p>Inputs: {@code dossierId}. Outputs: at {@code create}, task-local {@code formPrefillPending} and process
 * variable {@code action} reset to {@code save}; when the form is opened, task-local variables named after the field
 * identifiers, and {@code emptyTables}. A task completed without its form ever being read (a REST client) keeps the
 * draft's values for every field it did not send (see {@link StoreDeclarationDraftListener}).
 */
@Component(PrefillDeclarationFormListener.BEAN)
public class PrefillDeclarationFormListener implements TaskListener, DeferredFormPrefill {

  static final String BEAN = "prefillDeclarationFormListener";

  private final DossierService dossiers;
  private final DossierSchema schema;
  private final FormVariables variables;

  public PrefillDeclarationFormListener(DossierService dossiers, DossierSchema schema, FormVariables variables) {
    this.dossiers = dossiers;
    this.schema = schema;
    this.variables = variables;
  }

  @Override
  public void notify(DelegateTask task) {
    DeferredFormPrefill.mark(task, BEAN);
    task.getExecution().setVariable(ProcessVariables.ACTION, ProcessVariables.ACTION_SAVE);
  }

  @Override
  public void prefill(DelegateTask task) {
    String dossierId = (String) task.getVariable(ProcessVariables.DOSSIER_ID);
    FormDraft draft = dossiers.formDraft(dossierId);
    ObjectNode content = draft.content();
    for (String key : schema.topLevelKeys()) {
      if (!ProcessVariables.HISTORISED.contains(key) && variables.needsPrefill(key, content.get(key))) {
        task.setVariableLocal(key, variables.toForm(key, content.get(key)));
      }
    }
    task.setVariableLocal(ProcessVariables.EMPTY_TABLES, variables.emptyJson());
  }
}
