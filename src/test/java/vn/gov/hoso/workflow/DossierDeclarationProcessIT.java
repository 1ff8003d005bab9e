package vn.gov.hoso.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import vn.gov.hoso.calendar.WorkingCalendar;
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
  static final String SIGN_CALL = "SignDossierCallActivity";
  static final String STC_FOCAL_OFFICER = "stc.daumoi";
  static final String DECLARATION_OVERDUE = "DeclarationOverdueBoundaryEvent";
  static final String DECLARATION_ESCALATION = "DeclarationEscalationBoundaryEvent";
  static final String REMIND_DECLARATION = "RemindDeclarationOverdueUserTask";
  static final String ESCALATE_DECLARATION = "EscalateDeclarationOverdueUserTask";
  static final String VERIFICATION_OVERDUE = "VerificationOverdueBoundaryEvent";
  static final String VERIFICATION_ESCALATION = "VerificationEscalationBoundaryEvent";
  static final String REMIND_VERIFICATION = "RemindVerificationOverdueUserTask";
  static final String ESCALATE_VERIFICATION = "EscalateVerificationOverdueUserTask";
  static final String EDITED_DECISION_DEPLOYMENT = "deadlines-edited-in-test";
  /** Monday 1 February 2027, five days before Tết (Saturday 6 February; forecast break 4–10 February). */
  static final String BEFORE_TET_2027 = "2027-02-01T09:00:00+07:00";
  /** 24:00 of Monday 15 February 2027: five working days after 1 February (2, 3, 11, 12, 15). */
  static final Instant DECLARATION_DUE = OffsetDateTime.parse("2027-02-16T00:00:00+07:00").toInstant();

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired FilterService filters;
  @Autowired WorkingCalendar calendar;
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
  void signOutAndResetEngineClock() {
    identity.clearAuthentication();
    ClockUtil.reset();
    removeEditedDecision();
  }

  @Test
  void waitsForEmployeeWhenDossierIsOpened() {
    assertThat(instance).isStarted().isWaitingAt(DECLARE);
    assertThat(task(instance)).isAssignedTo(cccd);
    Assertions.assertThat(dossiers.formDraft(cccd).status()).isEqualTo(DossierStatus.DRAFT);
    // the form is filled when it is opened, not when the task is created: an unopened task holds one variable
    Assertions.assertThat(tasks.getVariablesLocal(task(instance).getId()))
        .containsOnlyKeys(DeferredFormPrefill.PENDING);

    VariableMap form = driver.open(cccd);

    Assertions.assertThat(form.get("fullName")).isEqualTo("Nguyễn Thị Kiểm Thử");
    Assertions.assertThat(tasks.getVariableLocal(task(instance).getId(), "fullName"))
        .isEqualTo("Nguyễn Thị Kiểm Thử");
    Assertions.assertThat(tasks.getVariablesLocal(task(instance).getId()))
        .doesNotContainKey(DeferredFormPrefill.PENDING);
    // Tasklist sends a field back with the type of its prefilled variable: empty addresses and tables must be Json
    Assertions.assertThat(tasks.getVariableLocalTyped(task(instance).getId(), "placeOfBirth").getType().getName())
        .isEqualTo("json");
    Assertions.assertThat(tasks.getVariableLocalTyped(task(instance).getId(), "workHistory").getType().getName())
        .isEqualTo("json");
    // a scalar without a value gets no variable: a new employee's task holds a handful, not one per field
    Assertions.assertThat(tasks.getVariablesLocal(task(instance).getId())).doesNotContainKey("otherNames")
        .hasSizeLessThan(60);
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
    VariableMap reopened = driver.open(cccd);
    Assertions.assertThat(reopened.get("otherNames")).isEqualTo("Thủy Tiên");
    Assertions.assertThat(reopened.get("fullName")).isEqualTo("Nguyễn Thị Kiểm Thử");
    // the form's value for a field that had no variable landed in the process scope and was taken from there
    Assertions.assertThat(runtime.getVariables(instance.getId())).doesNotContainKeys("otherNames", "workHistory");
    Assertions.assertThat(lastAction()).isEqualTo(HistoryAction.SAVE_DRAFT);
  }

  @Test
  void storesValuesSentWithRestCompleteWhenClientBypassesTasklist() {
    tasks.complete(task(instance).getId(), Map.of("otherNames", "Tên gọi khác qua REST", "action", "save"));

    Assertions.assertThat(dossiers.formDraft(cccd).content().get("otherNames").asText())
        .isEqualTo("Tên gọi khác qua REST");
    Assertions.assertThat(dossiers.formDraft(cccd).content().get("fullName").asText())
        .as("a field the client did not send keeps its draft value, though the form was never opened")
        .isEqualTo("Nguyễn Thị Kiểm Thử");
    Assertions.assertThat(runtime.getVariables(instance.getId())).doesNotContainKey("otherNames");
  }

  @Test
  void restCompleteOfUnopenedFormClearsOnlyWhatTheClientSentEmpty() {
    submitForm(cccd, Map.of("otherNames", "Thủy Tiên", "action", "save"));
    Map<String, Object> values = new HashMap<>();
    values.put("otherNames", null);
    values.put("action", "save");

    tasks.complete(task(instance).getId(), values);

    Assertions.assertThat(dossiers.formDraft(cccd).content().has("otherNames")).as("sent empty: cleared").isFalse();
    Assertions.assertThat(dossiers.formDraft(cccd).content().get("fullName").asText())
        .isEqualTo("Nguyễn Thị Kiểm Thử");
  }

  @Test
  void prefillOfFormReadWithoutPermissionIsRolledBack() {
    String taskId = task(instance).getId();

    Assertions.assertThatThrownBy(() -> driver.as("001090000001", List.of("employees"),
        () -> forms.getTaskFormVariables(taskId))).isInstanceOf(AuthorizationException.class);

    Assertions.assertThat(tasks.getVariablesLocal(taskId)).containsOnlyKeys(DeferredFormPrefill.PENDING);
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

    assertThat(instance).hasPassed(RECORD).isWaitingAt(SIGN_CALL);
    Assertions.assertThat(dossiers.formDraft(cccd).status()).isEqualTo(DossierStatus.CONFIRMED);
    List<FieldChange> changes = dossiers.diff(cccd, 1, 2, STC_FOCAL_OFFICER, "test").changes();
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

  @Test
  void setsDeclarationDueDateFromTheDecisionWhenDossierIsOpenedBeforeTet2027() {
    recruitAt(BEFORE_TET_2027);

    Assertions.assertThat(currentTask().getDueDate().toInstant()).isEqualTo(DECLARATION_DUE)
        .isEqualTo(calendar.endOfDay(calendar.addWorkingDays(LocalDate.of(2027, 2, 1), 5)));
    Assertions.assertThat(((Date) runtime.getVariable(instance.getId(), ProcessVariables.DECLARATION_DUE_DATE))
        .toInstant()).isEqualTo(DECLARATION_DUE);
    Assertions.assertThat(timer(DECLARATION_OVERDUE).getDuedate().toInstant()).isEqualTo(DECLARATION_DUE);
    Assertions.assertThat(timer(DECLARATION_ESCALATION).getDuedate().toInstant())
        .as("three working days after the due day: 16, 17, 18 February")
        .isEqualTo(OffsetDateTime.parse("2027-02-19T00:00:00+07:00").toInstant());
  }

  @Test
  void remindsFocalOfficersAndListsTaskAsOverdueWhenDeclarationIsLate() {
    recruitAt(BEFORE_TET_2027);
    clockAt("2027-02-16T09:00:00+07:00");

    management.executeJob(timer(DECLARATION_OVERDUE).getId());

    assertThat(instance).hasPassed(DECLARATION_OVERDUE).isWaitingAt(DECLARE, REMIND_DECLARATION);
    Task reminder = waitingTask(REMIND_DECLARATION);
    assertThat(reminder).hasCandidateGroup("focal-STC-NS").hasCandidateGroup("focal-STC").hasName(
        "Nhắc việc quá hạn: khai báo hồ sơ");
    Assertions.assertThat(reminder.getDueDate().toInstant()).isEqualTo(DECLARATION_DUE);
    Assertions.assertThat(tasks.getVariables(reminder.getId())).containsEntry("employeeName", "Nguyễn Thị Kiểm Thử")
        .containsEntry("unitName", "Phòng Quản lý ngân sách").containsEntry("overdueDueDay", "15/02/2027")
        .containsEntry("overdueTask", "Khai báo hồ sơ");
    Assertions.assertThat(taskIdsInFilter("Quá hạn", cccd, List.of("employees")))
        .contains(currentTask().getId());
    Assertions.assertThat(taskIdsInFilter("Quá hạn", STC_FOCAL_OFFICER, List.of("focal-STC", "focal-officers")))
        .contains(reminder.getId());
  }

  @Test
  void listsDeclarationAsDueSoonOnlyOnTheWorkingDayBeforeItsLastDay() {
    recruitAt(BEFORE_TET_2027);
    String taskId = currentTask().getId();

    clockAt("2027-02-11T09:00:00+07:00");
    Assertions.assertThat(taskIdsInFilter("Sắp đến hạn", cccd, List.of("employees"))).doesNotContain(taskId);
    clockAt("2027-02-12T09:00:00+07:00");
    Assertions.assertThat(taskIdsInFilter("Sắp đến hạn", cccd, List.of("employees"))).contains(taskId);
    Assertions.assertThat(taskIdsInFilter("Quá hạn", cccd, List.of("employees"))).doesNotContain(taskId);
  }

  @Test
  void escalatesToTheSuperiorUnitWhenDeclarationStaysLate() {
    recruitAt(BEFORE_TET_2027);
    clockAt("2027-02-19T09:00:00+07:00");

    management.executeJob(timer(DECLARATION_OVERDUE).getId());
    management.executeJob(timer(DECLARATION_ESCALATION).getId());

    assertThat(instance).isWaitingAt(DECLARE, REMIND_DECLARATION, ESCALATE_DECLARATION);
    Task escalation = waitingTask(ESCALATE_DECLARATION);
    assertThat(escalation).hasCandidateGroup("focal-STC").hasCandidateGroup("head-STC");
    Assertions.assertThat(tasks.getIdentityLinksForTask(escalation.getId()))
        .extracting(IdentityLink::getGroupId).doesNotContain("focal-STC-NS", "head-STC-NS");
  }

  @Test
  void closesRemindersButKeepsTheDeclarationPeriodWhenEmployeeSavesADraft() {
    recruitAt(BEFORE_TET_2027);
    clockAt("2027-02-16T09:00:00+07:00");
    management.executeJob(timer(DECLARATION_OVERDUE).getId());

    submitForm(cccd, Map.of("otherNames", "Thủy Tiên", "action", "save"));

    assertThat(instance).isWaitingAt(DECLARE).isNotWaitingAt(REMIND_DECLARATION);
    Assertions.assertThat(currentTask().getDueDate().toInstant()).isEqualTo(DECLARATION_DUE);
    Assertions.assertThat(timer(DECLARATION_OVERDUE).getDuedate().toInstant()).isEqualTo(DECLARATION_DUE);
  }

  @Test
  void startsANewDeclarationPeriodWhenFocalOfficerRejects() {
    recruitAt(BEFORE_TET_2027);
    submitValidDossier();
    clockAt("2027-03-01T10:00:00+07:00");

    review("reject", "Thiếu quyết định nâng lương năm 2026.");

    assertThat(instance).isWaitingAt(DECLARE);
    Assertions.assertThat(currentTask().getDueDate().toInstant()).as("24:00 of Monday 8 March 2027")
        .isEqualTo(OffsetDateTime.parse("2027-03-09T00:00:00+07:00").toInstant());
  }

  @Test
  void remindsUnitHeadsWhenVerificationIsLate() {
    recruitAt(BEFORE_TET_2027);
    submitValidDossier();
    Assertions.assertThat(currentTask().getDueDate().toInstant()).as("verify: five working days as well")
        .isEqualTo(DECLARATION_DUE);
    clockAt("2027-02-16T09:00:00+07:00");

    management.executeJob(timer(VERIFICATION_OVERDUE).getId());

    assertThat(instance).isWaitingAt(VERIFY, REMIND_VERIFICATION);
    Task reminder = waitingTask(REMIND_VERIFICATION);
    assertThat(reminder).hasCandidateGroup("head-STC-NS").hasCandidateGroup("head-STC");
    Assertions.assertThat(tasks.getIdentityLinksForTask(reminder.getId()))
        .extracting(IdentityLink::getGroupId).doesNotContain("focal-STC");
  }

  @Test
  void escalatesLateVerificationAndClosesRemindersWhenOfficerDecides() {
    recruitAt(BEFORE_TET_2027);
    submitValidDossier();
    clockAt("2027-02-22T09:00:00+07:00");
    management.executeJob(timer(VERIFICATION_OVERDUE).getId());
    management.executeJob(timer(VERIFICATION_ESCALATION).getId());
    assertThat(waitingTask(ESCALATE_VERIFICATION)).hasCandidateGroup("focal-STC").hasCandidateGroup("head-STC");

    review("approve", null);

    assertThat(instance).hasPassed(RECORD).isWaitingAt(SIGN_CALL);
    Assertions.assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    Assertions.assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .processDefinitionKey(ProcessKeys.SIGNING).singleResult()).isNotNull();
  }

  @Test
  void appliesAChangedNumberOfDaysToNewDeclarationsWhenModelersRedeployTheDecision() throws Exception {
    ProcessInstance before = instance;
    String edited = decisionWithDeclarationDays(8);
    repository.createDeployment().name(EDITED_DECISION_DEPLOYMENT)
        .addString("processes/deadlines.dmn", edited).deploy();

    recruitAt(BEFORE_TET_2027);

    Assertions.assertThat(currentTask().getDueDate().toInstant())
        .as("eight working days: 2, 3, 11, 12, 15, 16, 17, 18 February")
        .isEqualTo(OffsetDateTime.parse("2027-02-19T00:00:00+07:00").toInstant());
    LocalDate beforeStarted = LocalDate.ofInstant(historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(before.getId()).singleResult().getStartTime().toInstant(), WorkingCalendar.ZONE);
    Assertions.assertThat(((Date) runtime.getVariable(before.getId(), ProcessVariables.DECLARATION_DUE_DATE))
        .toInstant()).as("an instance started before the redeployment keeps its five working days")
        .isEqualTo(calendar.endOfDay(calendar.addWorkingDays(beforeStarted, 5)));

    removeEditedDecision();
    recruitAt(BEFORE_TET_2027);
    Assertions.assertThat(currentTask().getDueDate().toInstant()).as("the shipped decision is back")
        .isEqualTo(DECLARATION_DUE);
  }

  /** {@code deadlines.dmn} as a modeler edits it: the number of days of the Hưng Yên declaration rule changed. */
  private static String decisionWithDeclarationDays(int days) throws IOException {
    try (InputStream in = DossierDeclarationProcessIT.class.getClassLoader()
        .getResourceAsStream("processes/deadlines.dmn")) {
      String original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String rule = "<outputEntry id=\"HungYen_DeclareDays\"><text>5</text></outputEntry>";
      Assertions.assertThat(original).contains(rule);
      return original.replace(rule, rule.replace(">5<", ">" + days + "<"));
    }
  }

  private void removeEditedDecision() {
    repository.createDeploymentQuery().deploymentName(EDITED_DECISION_DEPLOYMENT).list()
        .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
  }

  /** Sets the engine clock, then recruits a new employee (which opens the dossier and starts the declaration). */
  private void recruitAt(String instant) {
    clockAt(instant);
    cccd = employees.recruitWoman1985("STC-NS", "Nguyễn Thị Kiểm Thử");
    instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(cccd).singleResult();
  }

  private static void clockAt(String instant) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(instant).toInstant()));
  }

  private Job timer(String boundaryEventId) {
    return management.createJobQuery().processInstanceId(instance.getId()).activityId(boundaryEventId).timers()
        .singleResult();
  }

  /** The declaration or verification task (reminders aside). */
  private Task currentTask() {
    return driver.currentTask(cccd);
  }

  private Task waitingTask(String taskDefinitionKey) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskDefinitionKey)
        .singleResult();
  }

  /** The ids of the tasks a Tasklist user sees in a shared filter. */
  private List<String> taskIdsInFilter(String filterName, String user, List<String> groups) {
    String filterId = filters.createFilterQuery().filterName(filterName).singleResult().getId();
    identity.setAuthentication(user, groups);
    try {
      return filters.<Task>list(filterId).stream().map(Task::getId).toList();
    } finally {
      identity.clearAuthentication();
    }
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
