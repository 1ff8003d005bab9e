package vn.gov.hoso.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import vn.gov.hoso.dossier.DossierFixtures;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.DossierStatus;
import vn.gov.hoso.dossier.FieldChange;
import vn.gov.hoso.dossier.HistoryAction;
import vn.gov.hoso.dossier.HistoryEntry;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.DeclarationDriver;
import vn.gov.hoso.support.TestEmployees;

/**
 * {@code dossier-declaration} with the real BPMN, delegates, forms and database: one test per path. The process is
 * started the way a user starts it (a dossier is opened for a recruited person) and driven the way Tasklist drives it
 * ({@code submit-form} with the form's variables) or a REST client ({@code complete}).
 */
@IntegrationTest
@Import({TestEmployees.class, DeclarationDriver.class})
class DossierDeclarationProcessIT {

  static final String DECLARE = "DeclareDossierUserTask";
  static final String SUBMIT = "SubmitDossierServiceTask";
  static final String INVALID = "DossierInvalidBoundaryEvent";
  static final String VERIFY = "VerifyDossierUserTask";
  static final String RECORD = "RecordReviewDecisionServiceTask";
  static final String CONFIRMED = "DossierConfirmedEndEvent";
  static final String STC_FOCAL_OFFICER = "stc.daumoi";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identity;
  @Autowired DossierService dossiers;
  @Autowired TestEmployees employees;
  @Autowired DeclarationDriver driver;

  String cccd;
  ProcessInstance instance;

  @BeforeEach
  void recruitEmployee() {
    BpmnAwareTests.init(engine);
    cccd = employees.recruitWoman1985("STC-NS", "Nguyễn Thị Kiểm Thử");
    instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(cccd).singleResult();
  }

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void waitsForEmployeeWhenDossierIsOpened() {
    assertThat(instance).isStarted().isWaitingAt(DECLARE);
    assertThat(task(instance)).isAssignedTo(cccd);
    Assertions.assertThat(dossiers.formDraft(cccd).status()).isEqualTo(DossierStatus.DRAFT);
    Assertions.assertThat(tasks.getVariableLocal(task(instance).getId(), "fullName"))
        .isEqualTo("Nguyễn Thị Kiểm Thử");
    // Tasklist sends a field back with the type of its prefilled variable: empty addresses and tables must be Json
    Assertions.assertThat(tasks.getVariableLocalTyped(task(instance).getId(), "placeOfBirth").getType().getName())
        .isEqualTo("json");
    Assertions.assertThat(tasks.getVariableLocalTyped(task(instance).getId(), "workHistory").getType().getName())
        .isEqualTo("json");
  }

  @Test
  void keepsDraftAndReturnsToDeclarationWhenEmployeeSaves() {
    ObjectNode partial = DossierFixtures.aCivilServantDossier();
    Map<String, Object> values = new HashMap<>();
    values.put("otherNames", "Thủy Tiên");
    values.put("workHistory", SpinValues.jsonValue(partial.get("workHistory").toString()).create());
    values.put("action", "save");

    submitForm(cccd, values);

    assertThat(instance).hasPassed(DECLARE).isWaitingAt(DECLARE);
    Assertions.assertThat(dossiers.formDraft(cccd).content().get("otherNames").asText()).isEqualTo("Thủy Tiên");
    Assertions.assertThat(dossiers.formDraft(cccd).content().get("workHistory"))
        .isEqualTo(partial.get("workHistory"));
    Task next = task(instance);
    Assertions.assertThat(tasks.getVariableLocal(next.getId(), "otherNames")).isEqualTo("Thủy Tiên");
    Assertions.assertThat(tasks.getVariableLocal(next.getId(), "fullName")).isEqualTo("Nguyễn Thị Kiểm Thử");
    Assertions.assertThat(lastAction()).isEqualTo(HistoryAction.SAVE_DRAFT);
  }

  @Test
  void storesValuesSentWithRestCompleteWhenClientBypassesTasklist() {
    tasks.complete(task(instance).getId(), Map.of("otherNames", "Tên gọi khác qua REST", "action", "save"));

    Assertions.assertThat(dossiers.formDraft(cccd).content().get("otherNames").asText())
        .isEqualTo("Tên gọi khác qua REST");
    Assertions.assertThat(runtime.getVariables(instance.getId())).doesNotContainKey("otherNames");
  }

  @Test
  void refusesCompletionThatRedirectsTheProcessToAnotherDossier() {
    String other = employees.recruitWoman1985("TH-HN", "Trần Thị Khác Đơn Vị");

    Assertions.assertThatThrownBy(() -> submitForm(cccd,
            Map.of(ProcessVariables.DOSSIER_ID, other, "otherNames", "Ghi đè", "action", "save")))
        .hasMessageContaining("dossierId");

    assertThat(instance).isWaitingAt(DECLARE);
    Assertions.assertThat(dossiers.formDraft(other).content().has("otherNames")).isFalse();
    Assertions.assertThat(runtime.getVariable(instance.getId(), ProcessVariables.DOSSIER_ID)).isEqualTo(cccd);
  }

  @Test
  void returnsToDeclarationWithErrorsWhenSubmittedDossierIsInvalid() {
    submitForm(cccd, Map.of("contactPhone", "12345", "action", "submit"));

    assertThat(instance).hasPassed(SUBMIT, INVALID).isWaitingAt(DECLARE);
    String errors = (String) runtime.getVariable(instance.getId(), ProcessVariables.VALIDATION_ERRORS);
    Assertions.assertThat(errors).isNotBlank().contains("•");
    Assertions.assertThat(dossiers.formDraft(cccd).status()).isEqualTo(DossierStatus.DRAFT);
    Assertions.assertThat(dossiers.formDraft(cccd).content().get("contactPhone").asText()).isEqualTo("12345");
    Assertions.assertThat(lastAction()).isEqualTo(HistoryAction.SUBMIT_REFUSED);
  }

  @Test
  void asksFocalOfficersOfUnitAndAncestorsWhenValidDossierIsSubmitted() {
    submitValidDossier();

    assertThat(instance).hasPassed(SUBMIT).isWaitingAt(VERIFY);
    assertThat(task(instance)).hasCandidateGroup("focal-STC-NS").hasCandidateGroup("focal-STC");
    Assertions.assertThat(dossiers.formDraft(cccd).status()).isEqualTo(DossierStatus.SUBMITTED);
    Assertions.assertThat(runtime.getVariable(instance.getId(), ProcessVariables.VERSION_NUMBER)).isEqualTo(1);
    Assertions.assertThat(runtime.getVariable(instance.getId(), ProcessVariables.VALIDATION_ERRORS)).isNull();
  }

  @Test
  void returnsNoteToEmployeeWhenFocalOfficerRejects() {
    submitValidDossier();

    review("reject", "Sai ngày cấp CCCD, đề nghị kiểm tra lại.");

    assertThat(instance).hasPassed(RECORD).isWaitingAt(DECLARE);
    assertThat(task(instance)).isAssignedTo(cccd);
    Assertions.assertThat(runtime.getVariable(instance.getId(), ProcessVariables.REJECTION_NOTE))
        .isEqualTo("Sai ngày cấp CCCD, đề nghị kiểm tra lại.");
    Assertions.assertThat(dossiers.formDraft(cccd).status()).isEqualTo(DossierStatus.REJECTED);
    HistoryEntry last = history().get(history().size() - 1);
    Assertions.assertThat(last.action()).isEqualTo(HistoryAction.REJECT);
    Assertions.assertThat(last.note()).isEqualTo("Sai ngày cấp CCCD, đề nghị kiểm tra lại.");
  }

  @Test
  void confirmsSecondVersionWhenEmployeeFixesRejectedDossier() {
    submitValidDossier();
    review("reject", "Bổ sung số điện thoại mới.");

    submitForm(cccd, Map.of("contactPhone", "0912345678", "action", "submit"));
    assertThat(instance).isWaitingAt(VERIFY);
    Assertions.assertThat(runtime.getVariable(instance.getId(), ProcessVariables.REJECTION_NOTE)).isNull();
    review("approve", null);

    assertThat(instance).hasPassed(CONFIRMED).isEnded();
    Assertions.assertThat(dossiers.formDraft(cccd).status()).isEqualTo(DossierStatus.CONFIRMED);
    List<FieldChange> changes = dossiers.diff(cccd, 1, 2, STC_FOCAL_OFFICER, "test");
    Assertions.assertThat(changes).extracting(FieldChange::path).containsExactly("contactPhone");
    Assertions.assertThat(history()).extracting(HistoryEntry::action)
        .containsSubsequence(HistoryAction.OPEN, HistoryAction.SUBMIT, HistoryAction.REJECT, HistoryAction.SUBMIT,
            HistoryAction.CONFIRM);
  }

  @Test
  void refusesRejectionWithoutNoteAndKeepsTheTask() {
    submitValidDossier();
    String taskId = task(instance).getId();

    Assertions.assertThatThrownBy(() -> driver.as(STC_FOCAL_OFFICER, List.of("focal-STC", "focal-officers"),
            () -> forms.submitTaskForm(taskId, Map.of("decision", "reject", "note", " "))))
        .hasMessageContaining("lý do")
        .hasMessageContaining("note");

    assertThat(instance).isWaitingAt(VERIFY);
    Assertions.assertThat(dossiers.formDraft(cccd).status()).isEqualTo(DossierStatus.SUBMITTED);
  }

  @Test
  void keepsNoDossierDataInProcessVariablesOrHistory() {
    submitValidDossier();

    Assertions.assertThat(runtime.getVariables(instance.getId()).keySet())
        .allMatch(ProcessVariables.HISTORISED::contains, "catalogued process variables only");
    Assertions.assertThat(historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName("fullName").count()).isZero();
    Assertions.assertThat(historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(ProcessVariables.DOSSIER_ID).count()).isEqualTo(1);
  }

  private void submitValidDossier() {
    driver.submitValidDossier(cccd);
    assertThat(instance).isWaitingAt(VERIFY);
  }

  private void submitForm(String user, Map<String, Object> values) {
    driver.declare(user, values);
  }

  private void review(String decision, String note) {
    driver.review(cccd, decision, note);
  }

  private List<HistoryEntry> history() {
    return dossiers.history(cccd, cccd, "test");
  }

  private HistoryAction lastAction() {
    List<HistoryEntry> entries = history();
    return entries.get(entries.size() - 1).action();
  }
}
