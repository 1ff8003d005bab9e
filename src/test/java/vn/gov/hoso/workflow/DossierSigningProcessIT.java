package vn.gov.hoso.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.DossierStatus;
import vn.gov.hoso.dossier.HistoryAction;
import vn.gov.hoso.dossier.HistoryEntry;
import vn.gov.hoso.signing.DossierSigning;
import vn.gov.hoso.signing.SignerKey;
import vn.gov.hoso.support.DeclarationDriver;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.SigningDriver;
import vn.gov.hoso.support.TestEmployees;

/**
 * {@code dossier-signing} with the real BPMN, listeners, DSS and database, started the way it is in production: by
 * the declaration process after the focal officer approves. The employee works in Phòng Quản lý ngân sách, a base
 * unit: its window is days 20–22 (December 2026: Monday 21 and Tuesday 22, the 20th is a Sunday; January 2027:
 * 20–22), and its head is the head of Sở Tài chính above it.
 */
@IntegrationTest
@Import({TestEmployees.class, DeclarationDriver.class, SigningDriver.class})
class DossierSigningProcessIT {

  static final String SIGN_CALL = "SignDossierCallActivity";
  static final String WINDOW_OPEN = SigningDriver.WINDOW_OPEN_TIMER;
  static final String SIGN = SigningDriver.SIGN_TASK;
  static final String WINDOW_CLOSED = "SigningWindowClosedBoundaryEvent";
  static final String REPORT_MISSED = "ReportSigningMissedUserTask";
  static final String SIGNED = "DossierSignedEndEvent";
  static final String CONFIRMED = "DossierConfirmedEndEvent";
  static final Instant DECEMBER_WINDOW_OPENS = OffsetDateTime.parse("2026-12-21T00:00:00+07:00").toInstant();
  static final Instant DECEMBER_WINDOW_CLOSES = OffsetDateTime.parse("2026-12-23T00:00:00+07:00").toInstant();
  static final Instant JANUARY_WINDOW_OPENS = OffsetDateTime.parse("2027-01-20T00:00:00+07:00").toInstant();

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService historyService;
  @Autowired ManagementService management;
  @Autowired DossierService dossiers;
  @Autowired DossierSigning signing;
  @Autowired TestEmployees employees;
  @Autowired DeclarationDriver declaration;
  @Autowired SigningDriver driver;

  @Value("${hoso.demo.password}")
  String pin;

  String cccd;
  ProcessInstance declarationProcess;

  @BeforeEach
  void approveDossierEarlyInDecember() {
    BpmnAwareTests.init(engine);
    clockAt("2026-12-01T09:00:00+07:00");
    cccd = employees.recruitWoman1985("STC-NS", "Phạm Thị Ký Số");
    declarationProcess = runtime.createProcessInstanceQuery().processInstanceBusinessKey(cccd)
        .processDefinitionKey(ProcessKeys.DOSSIER_DECLARATION).singleResult();
    declaration.submitValidDossier(cccd);
    declaration.review(cccd, "approve", null);
  }

  @AfterEach
  void resetEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void waitsForTheSigningWindowWhenDossierIsApprovedBeforeIt() {
    assertThat(declarationProcess).isWaitingAt(SIGN_CALL);
    ProcessInstance signingProcess = driver.signingProcess(cccd);
    assertThat(signingProcess).isWaitingAt(WINDOW_OPEN);
    Assertions.assertThat(driver.windowTimer(cccd).getDuedate()).isEqualTo(Date.from(DECEMBER_WINDOW_OPENS));
    Assertions.assertThat(tasks.createTaskQuery().processInstanceBusinessKey(cccd).taskDefinitionKey(SIGN).count())
        .isZero();
    Assertions.assertThat(runtime.getVariable(signingProcess.getId(), ProcessVariables.VERSION_NUMBER)).isEqualTo(1);
    Assertions.assertThat(dossiers.formDraft(cccd).status()).isEqualTo(DossierStatus.CONFIRMED);
  }

  @Test
  void offersSigningTaskToHeadsDueAtWindowCloseWhenWindowOpens() {
    clockAt("2026-12-21T08:00:00+07:00");
    driver.openWindow(cccd);

    Task task = driver.signTask(cccd);
    assertThat(task).hasCandidateGroup("head-STC").hasCandidateGroup("head-HY");
    Assertions.assertThat(task.getDueDate()).isEqualTo(Date.from(DECEMBER_WINDOW_CLOSES));
    Assertions.assertThat(tasks.getVariableLocal(task.getId(), ProcessVariables.PDF_URL))
        .isEqualTo("/api/dossiers/" + cccd + "/versions/1/pdf");
    Assertions.assertThat((String) tasks.getVariableLocal(task.getId(), ProcessVariables.CHANGE_SUMMARY))
        .contains("lần ký đầu tiên");
    Assertions.assertThat(tasks.getVariableLocal(task.getId(), "employeeName")).isEqualTo("Bùi Thị Thủy");
  }

  @Test
  void signsAndEndsBothProcessesWhenHeadCompletesWithPin() {
    clockAt("2026-12-21T08:00:00+07:00");
    driver.openWindow(cccd);
    ProcessInstance signingProcess = driver.signingProcess(cccd);

    driver.signInTasklist(cccd, pin);

    assertThat(signingProcess).hasPassed(SIGN, SIGNED).isEnded();
    assertThat(declarationProcess).hasPassed(SIGN_CALL, CONFIRMED).isEnded();
    Assertions.assertThat(dossiers.formDraft(cccd).status()).isEqualTo(DossierStatus.SIGNED);
    Assertions.assertThat(dossiers.isSigned(cccd, 1)).isTrue();
    HistoryEntry last = lastHistoryEntry();
    Assertions.assertThat(last.action()).isEqualTo(HistoryAction.SIGN);
    Assertions.assertThat(last.actor()).isEqualTo(SigningDriver.STC_HEAD);
    Assertions.assertThat(last.status()).isEqualTo(DossierStatus.SIGNED);
    Assertions.assertThat(last.note()).isEqualTo("Trần Văn Quang");
    Assertions.assertThat(signing.validate(cccd, 1, SigningDriver.STC_HEAD, "test").isValid()).isTrue();
    assertPinNowhere();
  }

  @Test
  void keepsTaskAndStoresNothingWhenPinIsWrong() {
    clockAt("2026-12-21T08:00:00+07:00");
    driver.openWindow(cccd);
    String taskId = driver.signTask(cccd).getId();

    Assertions.assertThatThrownBy(() -> driver.signByComplete(cccd, "sai-ma-pin-123"))
        .hasMessageContaining("Mã PIN không mở được khóa ký số của stc.thutruong");
    Assertions.assertThatThrownBy(() -> driver.signByComplete(cccd, ""))
        .hasMessageContaining("Nhập mã PIN");

    Assertions.assertThat(driver.signTask(cccd).getId()).isEqualTo(taskId);
    Assertions.assertThat(dossiers.formDraft(cccd).status()).isEqualTo(DossierStatus.CONFIRMED);
    Assertions.assertThat(dossiers.isSigned(cccd, 1)).isFalse();
    assertPinNowhere();
    driver.signByComplete(cccd, pin);
    Assertions.assertThat(dossiers.formDraft(cccd).status()).isEqualTo(DossierStatus.SIGNED);
    assertPinNowhere();
  }

  @Test
  void escalatesAndWaitsForNextWindowWhenWindowClosesUnsigned() {
    clockAt("2026-12-21T08:00:00+07:00");
    driver.openWindow(cccd);
    ProcessInstance signingProcess = driver.signingProcess(cccd);

    clockAt("2026-12-23T00:00:01+07:00");
    Job closed = management.createJobQuery().processInstanceId(signingProcess.getId()).activityId(WINDOW_CLOSED)
        .timers().singleResult();
    Assertions.assertThat(closed.getDuedate()).isEqualTo(Date.from(DECEMBER_WINDOW_CLOSES));
    management.executeJob(closed.getId());

    assertThat(signingProcess).hasPassed(WINDOW_CLOSED).isWaitingAt(WINDOW_OPEN, REPORT_MISSED);
    Task report = tasks.createTaskQuery().processInstanceId(signingProcess.getId()).taskDefinitionKey(REPORT_MISSED)
        .singleResult();
    assertThat(report).hasCandidateGroup("focal-STC").hasCandidateGroup("head-STC").hasCandidateGroup("head-HY");
    Assertions.assertThat(tasks.getVariable(report.getId(), "overdueDueDay")).isEqualTo("22/12/2026");
    Assertions.assertThat(tasks.createTaskQuery().processInstanceId(signingProcess.getId()).taskDefinitionKey(SIGN)
        .count()).isZero();
    Assertions.assertThat(driver.windowTimer(cccd).getDuedate()).isEqualTo(Date.from(JANUARY_WINDOW_OPENS));

    clockAt("2027-01-20T08:00:00+07:00");
    driver.openWindow(cccd);
    Assertions.assertThat(driver.signTask(cccd).getDueDate())
        .isEqualTo(Date.from(OffsetDateTime.parse("2027-01-23T00:00:00+07:00").toInstant()));
  }

  @Test
  void refusesSignerWhoIsNotHeadOfTheUnit() {
    clockAt("2026-12-21T08:00:00+07:00");
    driver.openWindow(cccd);

    try (SignerKey key = signing.unlock(SigningDriver.STC_HEAD, pin.toCharArray())) {
      Assertions.assertThatThrownBy(() -> signing.sign(cccd, 1, "snv.giamdoc", key))
          .isInstanceOfSatisfying(BusinessException.class, e -> Assertions.assertThat(e.code())
              .isEqualTo("signerNotHead"));
      Assertions.assertThatThrownBy(() -> signing.sign(cccd, 1, "stc.daumoi", key))
          .isInstanceOfSatisfying(BusinessException.class, e -> Assertions.assertThat(e.code())
              .isEqualTo("signerNotHead"));
    }
    Assertions.assertThat(dossiers.isSigned(cccd, 1)).isFalse();
  }

  private void assertPinNowhere() {
    Assertions.assertThat(runtime.createVariableInstanceQuery().variableName(ProcessVariables.PIN).count()).isZero();
    Assertions.assertThat(historyService.createHistoricVariableInstanceQuery()
        .variableName(ProcessVariables.PIN).count()).isZero();
    List<HistoricDetail> details = historyService.createHistoricDetailQuery().variableUpdates().list();
    Assertions.assertThat(details).noneMatch(detail -> detail instanceof HistoricVariableUpdate update
        && ProcessVariables.PIN.equals(update.getVariableName()));
    Assertions.assertThat(historyService.createUserOperationLogQuery().property(ProcessVariables.PIN).count())
        .isZero();
  }

  private HistoryEntry lastHistoryEntry() {
    List<HistoryEntry> entries = dossiers.history(cccd, cccd, "test");
    return entries.get(entries.size() - 1);
  }

  private static void clockAt(String instant) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(instant).toInstant()));
  }
}
