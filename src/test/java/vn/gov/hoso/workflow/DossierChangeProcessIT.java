package vn.gov.hoso.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import vn.gov.hoso.calendar.WorkingCalendar;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.MovableClock;
import vn.gov.hoso.dossier.ChangeStatus;
import vn.gov.hoso.dossier.ChangeType;
import vn.gov.hoso.dossier.DossierChangeView;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.DossierStatus;
import vn.gov.hoso.dossier.DossierView;
import vn.gov.hoso.dossier.FieldChange;
import vn.gov.hoso.dossier.HistoryAction;
import vn.gov.hoso.dossier.HistoryEntry;
import vn.gov.hoso.dossier.NewAttachment;
import vn.gov.hoso.support.DeclarationDriver;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.SigningDriver;
import vn.gov.hoso.support.TestEmployees;

/**
 * {@code dossier-change} with the real BPMN, DMN, forms, delegates and database: the employee starts it from Tasklist
 * ({@code submit-start-form} as the signed-in employee), edits with the declaration form, attaches evidence and
 * submits; the focal officer verifies against the locked version. Also the lock itself and the authorised unlock.
 */
@IntegrationTest
@Import({TestEmployees.class, DeclarationDriver.class, SigningDriver.class})
class DossierChangeProcessIT {

  static final String OPEN = "OpenDossierChangeServiceTask";
  static final String DECLARE = "DeclareDossierChangeUserTask";
  static final String SUBMIT = "SubmitDossierChangeServiceTask";
  static final String INVALID = "ChangeInvalidBoundaryEvent";
  static final String VERIFY = "VerifyDossierChangeUserTask";
  static final String RECORD = "RecordChangeDecisionServiceTask";
  static final String CONFIRMED = "DossierChangeConfirmedEndEvent";
  static final String SIGN_CALL = "SignChangedDossierCallActivity";
  static final String DECLARATION_OVERDUE = "ChangeDeclarationOverdueBoundaryEvent";
  static final String REMIND_DECLARATION = "RemindChangeDeclarationOverdueUserTask";
  static final String VERIFICATION_OVERDUE = "ChangeVerificationOverdueBoundaryEvent";
  static final String REMIND_VERIFICATION = "RemindChangeVerificationOverdueUserTask";
  static final String STC_FOCAL_OFFICER = "stc.daumoi";
  static final String SIGNING_TEST_DEPLOYMENT = "dossier-signing-stand-in";
  /** 24:00 of Monday 15 February 2027: 5 working days after Monday 1 February (2, 3, then Tết 4–10, 11, 12, 15). */
  static final Instant DUE_FIVE_WORKING_DAYS_AFTER_1_FEB_2027 =
      OffsetDateTime.parse("2027-02-16T00:00:00+07:00").toInstant();

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired HistoryService historyService;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired WorkingCalendar calendar;
  @Autowired MovableClock clock;
  @Autowired DossierService dossiers;
  @Autowired TestEmployees employees;
  @Autowired DeclarationDriver driver;
  @Autowired SigningDriver signing;

  @Value("${hoso.demo.password}")
  String demoPassword;

  String cccd;

  @BeforeEach
  void recruitAndConfirm() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetClocksAndStandIns() {
    ClockUtil.reset();
    clock.reset();
    repository.createDeploymentQuery().deploymentName(SIGNING_TEST_DEPLOYMENT).list()
        .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
  }

  @Test
  void locksTheDossierWhenTheFocalOfficerConfirmsItsDeclaration() {
    recruitConfirmedEmployee();

    DossierView dossier = dossiers.read(cccd, cccd, "test");
    Assertions.assertThat(dossier.locked()).isTrue();
    Assertions.assertThat(dossier.lockedVersion()).isEqualTo(1);
    Assertions.assertThatThrownBy(() -> dossiers.saveDraft(cccd,
            dossiers.formDraft(cccd).content().put("contactPhone", "0900000000"), cccd))
        .isInstanceOfSatisfying(BusinessException.class, e -> Assertions.assertThat(e.code()).isEqualTo("dossierLocked"));
    Assertions.assertThatThrownBy(() -> dossiers.attach(cccd, evidence(), cccd))
        .isInstanceOfSatisfying(BusinessException.class, e -> Assertions.assertThat(e.code()).isEqualTo("dossierLocked"));
    Assertions.assertThat(dossiers.formDraft(cccd).content().get("contactPhone").asText())
        .isNotEqualTo("0900000000");
  }

  @Test
  void confirmsAndLocksTheNewVersionWhenEmployeeDeclaresAChangeWithEvidenceAndOfficerApproves() {
    recruitConfirmedEmployee();

    ProcessInstance change = startChange("salary-raise", LocalDate.now(WorkingCalendar.ZONE).minusDays(2).toString(),
        "Quyết định 123/QĐ-STC nâng bậc lương 3 lên 4");

    assertThat(change).hasPassed(OPEN).isWaitingAt(DECLARE);
    Assertions.assertThat(change.getBusinessKey()).isEqualTo(cccd);
    assertThat(driver.currentTask(cccd)).isAssignedTo(cccd);
    Assertions.assertThat(runtime.getVariables(change.getId())).containsEntry(ProcessVariables.DOSSIER_ID, cccd)
        .containsEntry(ProcessVariables.UNIT_ID, "STC-NS").containsEntry(ProcessVariables.CHANGE_TYPE, "salary-raise")
        .doesNotContainKey(ProcessVariables.CHANGE_DESCRIPTION);
    Assertions.assertThat(dossiers.read(cccd, cccd, "test").locked()).isFalse();
    Assertions.assertThat(driver.open(cccd).get("fullName"))
        .as("the declaration form is prefilled by the same listener, when it is opened")
        .isEqualTo(dossiers.formDraft(cccd).content().get("fullName").asText());

    dossiers.attach(cccd, evidence(), cccd);
    driver.declare(cccd, Map.of("contactPhone", "0912345678", "action", "submit"));

    assertThat(change).hasPassed(SUBMIT).isWaitingAt(VERIFY);
    Task verify = driver.currentTask(cccd);
    assertThat(verify).hasCandidateGroup("focal-STC-NS").hasCandidateGroup("focal-STC");
    Assertions.assertThat(runtime.getVariable(change.getId(), ProcessVariables.VERSION_NUMBER)).isEqualTo(2);
    Assertions.assertThat(runtime.getVariable(change.getId(), ProcessVariables.PREVIOUS_VERSION_NUMBER))
        .as("compared with the locked version").isEqualTo(1);
    Assertions.assertThat(tasks.getVariablesLocal(verify.getId()))
        .containsEntry(ProcessVariables.CHANGE_TYPE_LABEL, ChangeType.SALARY_RAISE.labelVi())
        .containsEntry(ProcessVariables.CHANGE_DESCRIPTION, "Quyết định 123/QĐ-STC nâng bậc lương 3 lên 4")
        .containsEntry(ProcessVariables.EMPLOYEE_NAME, dossiers.formDraft(cccd).fullName());

    driver.review(cccd, "approve", "Đúng quyết định.");

    assertThat(change).hasPassed(RECORD).isWaitingAt(SIGN_CALL);
    Assertions.assertThat(dossiers.read(cccd, cccd, "test").status()).isEqualTo(DossierStatus.CONFIRMED);
    signTheConfirmedVersion();
    assertThat(change).hasPassed(SIGN_CALL, CONFIRMED).isEnded();
    DossierView dossier = dossiers.read(cccd, cccd, "test");
    Assertions.assertThat(dossier.status()).isEqualTo(DossierStatus.SIGNED);
    Assertions.assertThat(dossier.locked()).isTrue();
    Assertions.assertThat(dossier.lockedVersion()).isEqualTo(2);
    Assertions.assertThat(dossier.openChangeId()).isNull();
    Assertions.assertThat(dossiers.diff(cccd, 1, 2, STC_FOCAL_OFFICER, "test").changes()).extracting(FieldChange::path)
        .containsExactly("contactPhone");
    DossierChangeView record = dossiers.changes(cccd, cccd, "test").get(0);
    Assertions.assertThat(record.status()).isEqualTo(ChangeStatus.APPROVED);
    Assertions.assertThat(record.versionNumber()).isEqualTo(2);
    Assertions.assertThat(record.baseVersion()).isEqualTo(1);
    Assertions.assertThat(history()).extracting(HistoryEntry::action).containsSubsequence(HistoryAction.CONFIRM,
        HistoryAction.CHANGE_DECLARED, HistoryAction.ATTACH, HistoryAction.SUBMIT, HistoryAction.CONFIRM);
    Assertions.assertThatThrownBy(() -> dossiers.attach(cccd, evidence(), cccd))
        .isInstanceOfSatisfying(BusinessException.class, e -> Assertions.assertThat(e.code()).isEqualTo("dossierLocked"));
  }

  @Test
  void returnsTheChangeWithTheNoteAndComparesTheResubmissionWithTheLockedVersionWhenOfficerRejects() {
    recruitConfirmedEmployee();
    ProcessInstance change = startChange("training", LocalDate.now(WorkingCalendar.ZONE).toString(),
        "Bằng thạc sĩ Quản lý công");
    dossiers.attach(cccd, evidence(), cccd);
    driver.declare(cccd, Map.of("contactPhone", "0912345678", "action", "submit"));

    driver.review(cccd, "reject", "Thiếu bằng thạc sĩ trong mục đào tạo.");

    assertThat(change).hasPassed(RECORD).isWaitingAt(DECLARE);
    Assertions.assertThat(runtime.getVariable(change.getId(), ProcessVariables.REJECTION_NOTE))
        .isEqualTo("Thiếu bằng thạc sĩ trong mục đào tạo.");
    Assertions.assertThat(dossiers.read(cccd, cccd, "test").locked()).as("still open for the change").isFalse();

    driver.declare(cccd, Map.of("contactPhone", "0912345679", "action", "submit"));
    assertThat(change).isWaitingAt(VERIFY);
    Assertions.assertThat(runtime.getVariable(change.getId(), ProcessVariables.VERSION_NUMBER)).isEqualTo(3);
    Assertions.assertThat(runtime.getVariable(change.getId(), ProcessVariables.PREVIOUS_VERSION_NUMBER))
        .as("the rejected version 2 is not the base").isEqualTo(1);
    driver.review(cccd, "approve", null);
    signTheConfirmedVersion();

    assertThat(change).hasPassed(SIGN_CALL, CONFIRMED).isEnded();
    Assertions.assertThat(dossiers.read(cccd, cccd, "test").lockedVersion()).isEqualTo(3);
  }

  @Test
  void refusesSubmissionWithoutScannedEvidenceAndReturnsToTheEmployee() {
    recruitConfirmedEmployee();
    ProcessInstance change = startChange("family", LocalDate.now(WorkingCalendar.ZONE).toString(),
        "Kết hôn ngày 15/11/2026");

    driver.declare(cccd, Map.of("contactPhone", "0912345678", "action", "submit"));

    assertThat(change).hasPassed(SUBMIT, INVALID).isWaitingAt(DECLARE);
    Assertions.assertThat((String) runtime.getVariable(change.getId(), ProcessVariables.VALIDATION_ERRORS))
        .contains("tài liệu chứng minh");
    Assertions.assertThat(dossiers.formDraft(cccd).status()).isEqualTo(DossierStatus.SIGNED);
    Assertions.assertThat(dossiers.formDraft(cccd).content().get("contactPhone").asText())
        .as("the draft is kept").isEqualTo("0912345678");
    Assertions.assertThat(dossiers.read(cccd, cccd, "test").currentVersion()).isEqualTo(1);
  }

  @Test
  void refusesASecondChangeWhileOneIsOpen() {
    recruitConfirmedEmployee();
    startChange("appointment", LocalDate.now(WorkingCalendar.ZONE).toString(), "Bổ nhiệm Phó trưởng phòng");

    Assertions.assertThatThrownBy(() -> startChange("salary-raise",
            LocalDate.now(WorkingCalendar.ZONE).toString(), "Nâng lương"))
        .hasMessageContaining("chỉ có một thay đổi").hasMessageContaining("one change at a time");

    Assertions.assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DOSSIER_CHANGE)
        .processInstanceBusinessKey(cccd).count()).isEqualTo(1);
    Assertions.assertThat(dossiers.changes(cccd, cccd, "test")).hasSize(1);
  }

  @Test
  void refusesAChangeWhileTheDossierIsStillBeingDeclared() {
    cccd = employees.recruitWoman1985("STC-NS", "Nguyễn Thị Thay Đổi");

    Assertions.assertThatThrownBy(() -> startChange("other", LocalDate.now(WorkingCalendar.ZONE).toString(), "x"))
        .hasMessageContaining("chưa được xác nhận và khóa");
    Assertions.assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DOSSIER_CHANGE)
        .processInstanceBusinessKey(cccd).count()).isZero();
  }

  @Test
  void countsFiveWorkingDaysFromTheEventDateAcrossTet2027AndRemindsFocalOfficersWhenLate() {
    clocksAt("2027-02-03T09:00:00+07:00");
    recruitConfirmedEmployee();

    ProcessInstance change = startChange("salary-raise", "2027-02-01", "Quyết định nâng lương ngày 01/02/2027");

    Date due = (Date) runtime.getVariable(change.getId(), ProcessVariables.DECLARATION_DUE_DATE);
    Assertions.assertThat(due.toInstant()).isEqualTo(DUE_FIVE_WORKING_DAYS_AFTER_1_FEB_2027)
        .isEqualTo(calendar.endOfDay(calendar.addWorkingDays(LocalDate.of(2027, 2, 1), 5)));
    Assertions.assertThat(driver.currentTask(cccd).getDueDate().toInstant())
        .isEqualTo(DUE_FIVE_WORKING_DAYS_AFTER_1_FEB_2027);
    Assertions.assertThat(timer(change, DECLARATION_OVERDUE).getDuedate().toInstant())
        .isEqualTo(DUE_FIVE_WORKING_DAYS_AFTER_1_FEB_2027);

    clocksAt("2027-02-16T09:00:00+07:00");
    management.executeJob(timer(change, DECLARATION_OVERDUE).getId());

    assertThat(change).isWaitingAt(DECLARE, REMIND_DECLARATION);
    Task reminder = tasks.createTaskQuery().processInstanceId(change.getId())
        .taskDefinitionKey(REMIND_DECLARATION).singleResult();
    assertThat(reminder).hasCandidateGroup("focal-STC-NS").hasCandidateGroup("focal-STC");
    Assertions.assertThat(tasks.getVariables(reminder.getId())).containsEntry("overdueDueDay", "15/02/2027");
  }

  @Test
  void givesTheOfficerTenWorkingDaysFromSubmissionAndRemindsHeadsWhenLate() {
    clocksAt("2027-02-11T09:00:00+07:00");
    recruitConfirmedEmployee();
    ProcessInstance change = startChange("training", "2027-02-11", "Chứng chỉ bồi dưỡng");
    dossiers.attach(cccd, evidence(), cccd);
    driver.declare(cccd, Map.of("contactPhone", "0912345678", "action", "submit"));

    Instant due = OffsetDateTime.parse("2027-02-26T00:00:00+07:00").toInstant();
    Assertions.assertThat(driver.currentTask(cccd).getDueDate().toInstant())
        .as("10 working days after Thursday 11 February 2027: 12, 15–19, 22–25").isEqualTo(due)
        .isEqualTo(calendar.endOfDay(calendar.addWorkingDays(LocalDate.of(2027, 2, 11), 10)));

    clocksAt("2027-02-26T09:00:00+07:00");
    management.executeJob(timer(change, VERIFICATION_OVERDUE).getId());

    assertThat(change).isWaitingAt(VERIFY, REMIND_VERIFICATION);
    assertThat(tasks.createTaskQuery().processInstanceId(change.getId()).taskDefinitionKey(REMIND_VERIFICATION)
        .singleResult()).hasCandidateGroup("head-STC-NS").hasCandidateGroup("head-STC");
  }

  @Test
  void refusesAChangeAndCancelsTheSigningWithTheReasonWhenAnOfficerUnlocksDuringSigning() {
    recruitConfirmedEmployee();
    ProcessInstance signing = startSigningStandIn();

    Assertions.assertThatThrownBy(() -> startChange("other", LocalDate.now(WorkingCalendar.ZONE).toString(), "x"))
        .hasMessageContaining("đang chờ ký số");

    dossiers.unlock(cccd, "Quyết định nâng lương bị thu hồi, khai lại.", STC_FOCAL_OFFICER, "test");

    assertThat(signing).isEnded();
    Assertions.assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(signing.getId())
        .singleResult().getDeleteReason()).contains(STC_FOCAL_OFFICER).contains("bị thu hồi");
    ProcessInstance declaration = runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DOSSIER_DECLARATION).processInstanceBusinessKey(cccd).singleResult();
    assertThat(declaration).isWaitingAt("DeclareDossierUserTask");
    Assertions.assertThat(dossiers.read(cccd, cccd, "test").locked()).isFalse();
    HistoryEntry last = history().get(history().size() - 1);
    Assertions.assertThat(last.action()).isEqualTo(HistoryAction.UNLOCK);
    Assertions.assertThat(last.actor()).isEqualTo(STC_FOCAL_OFFICER);
    Assertions.assertThat(last.note()).isEqualTo("Quyết định nâng lương bị thu hồi, khai lại.");

    driver.declare(cccd, Map.of("contactPhone", "0912345678", "action", "submit"));
    driver.review(cccd, "approve", null);
    Assertions.assertThat(dossiers.read(cccd, cccd, "test").lockedVersion()).as("locked again").isEqualTo(2);
  }

  // ---------------------------------------------------------------- helpers

  /** An employee whose declaration was confirmed and signed by the head (the dossier is locked, nothing runs). */
  private void recruitConfirmedEmployee() {
    cccd = employees.recruitWoman1985("STC-NS", "Nguyễn Thị Thay Đổi");
    driver.confirmValidDossier(cccd);
    signTheConfirmedVersion();
  }

  /** The signing window opens (its timer is executed, not waited for) and the head signs with the demo key. */
  private void signTheConfirmedVersion() {
    signing.openWindow(cccd);
    signing.signInTasklist(cccd, demoPassword);
  }

  /** The employee starts the change in Tasklist: Start process, form declare-change. */
  private ProcessInstance startChange(String type, String eventDate, String description) {
    String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.DOSSIER_CHANGE)
        .latestVersion().singleResult().getId();
    Map<String, Object> values = new HashMap<>();
    values.put(ProcessVariables.CHANGE_TYPE, type);
    values.put(ProcessVariables.EVENT_DATE, eventDate);
    values.put(ProcessVariables.CHANGE_DESCRIPTION, description);
    ProcessInstance[] started = new ProcessInstance[1];
    driver.as(cccd, List.of("employees"), () -> started[0] = forms.submitStartForm(definitionId, values));
    return started[0];
  }

  /**
   * A stand-in for {@code dossier-signing} (built elsewhere): a process with that key waiting for the signer, started
   * the way the declaration will call it (variable {@code dossierId}).
   */
  private ProcessInstance startSigningStandIn() {
    repository.createDeployment().name(SIGNING_TEST_DEPLOYMENT)
        .addModelInstance("dossier-signing.bpmn", Bpmn.createExecutableProcess(ProcessKeys.SIGNING)
            .camundaHistoryTimeToLive(1).startEvent().userTask("SignDossierUserTask").endEvent().done())
        .deploy();
    return runtime.startProcessInstanceByKey(ProcessKeys.SIGNING, cccd,
        Map.of(ProcessVariables.DOSSIER_ID, cccd, ProcessVariables.UNIT_ID, "STC-NS",
            ProcessVariables.VERSION_NUMBER, 1));
  }

  private static NewAttachment evidence() {
    return new NewAttachment("Quyết định nâng bậc lương", null, "quyet-dinh.pdf", "application/pdf",
        "%PDF-1.7 quyết định".getBytes(StandardCharsets.UTF_8));
  }

  private void clocksAt(String instant) {
    Instant at = OffsetDateTime.parse(instant).toInstant();
    clock.moveTo(at);
    ClockUtil.setCurrentTime(Date.from(at));
  }

  private Job timer(ProcessInstance instance, String boundaryEventId) {
    return management.createJobQuery().processInstanceId(instance.getId()).activityId(boundaryEventId).timers()
        .singleResult();
  }

  private List<HistoryEntry> history() {
    return dossiers.history(cccd, cccd, "test");
  }
}
