package vn.gov.hoso.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.boot.test.context.TestComponent;
import vn.gov.hoso.dossier.DossierFixtures;

/**
 * Drives {@code dossier-declaration} the way Tasklist does: the signed-in user opens the task form (reads its form
 * variables, which runs the deferred prefill) and submits it with the variables a Camunda Form sends (scalars plain,
 * objects and arrays as Json).
 */
@TestComponent
public class DeclarationDriver {

  public static final String STC_FOCAL_OFFICER = "stc.daumoi";

  private final FormService forms;
  private final TaskService tasks;
  private final IdentityService identity;

  public DeclarationDriver(FormService forms, TaskService tasks, IdentityService identity) {
    this.forms = forms;
    this.tasks = tasks;
    this.identity = identity;
  }

  /** The declaration or verification task of the employee's declaration or change (reminder tasks aside). */
  public Task currentTask(String cccd) {
    return tasks.createTaskQuery().processInstanceBusinessKey(cccd)
        .taskDefinitionKeyIn("DeclareDossierUserTask", "VerifyDossierUserTask", "DeclareDossierChangeUserTask",
            "VerifyDossierChangeUserTask").singleResult();
  }

  /** The employee submits a valid dossier and the focal officer approves it: confirmed and locked (version 1). */
  public void confirmValidDossier(String cccd) {
    submitValidDossier(cccd);
    review(cccd, "approve", "Đã đối chiếu hồ sơ giấy.");
  }

  /** The employee opens the declaration form and completes it with these values. */
  public void declare(String cccd, Map<String, Object> values) {
    as(cccd, List.of("employees"), () -> {
      String taskId = currentTask(cccd).getId();
      forms.getTaskFormVariables(taskId);
      forms.submitTaskForm(taskId, values);
    });
  }

  /** The employee opens the declaration form: the variables Tasklist reads to render it. */
  public VariableMap open(String cccd) {
    VariableMap[] read = new VariableMap[1];
    as(cccd, List.of("employees"), () -> read[0] = forms.getTaskFormVariables(currentTask(cccd).getId()));
    return read[0];
  }

  /** The employee submits the complete, valid fixture dossier. */
  public void submitValidDossier(String cccd) {
    ObjectNode dossier = DossierFixtures.aCivilServantDossier();
    dossier.put("citizenIdNumber", cccd);
    dossier.put("dossierId", cccd);
    Map<String, Object> values = formValues(dossier);
    values.put("action", "submit");
    declare(cccd, values);
  }

  /** The focal officer of Sở Tài chính completes the verification form. */
  public void review(String cccd, String decision, String note) {
    Map<String, Object> values = new HashMap<>();
    values.put("decision", decision);
    values.put("note", note);
    as(STC_FOCAL_OFFICER, List.of("focal-STC", "focal-officers"),
        () -> forms.submitTaskForm(currentTask(cccd).getId(), values));
  }

  public void as(String user, List<String> groups, Runnable action) {
    identity.setAuthentication(user, groups);
    try {
      action.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The variables Tasklist sends for a Camunda Form. */
  public static Map<String, Object> formValues(ObjectNode dossier) {
    Map<String, Object> values = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = dossier.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode v = field.getValue();
      Object value;
      if (v.isContainerNode()) {
        value = SpinValues.jsonValue(v.toString()).create();
      } else if (v.isBoolean()) {
        value = v.booleanValue();
      } else if (v.isIntegralNumber()) {
        value = v.longValue();
      } else if (v.isNumber()) {
        value = v.doubleValue();
      } else {
        value = v.isNull() ? null : v.asText();
      }
      values.put(field.getKey(), value);
    }
    return values;
  }
}
