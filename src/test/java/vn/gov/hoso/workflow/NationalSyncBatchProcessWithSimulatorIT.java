package vn.gov.hoso.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.hoso.calendar.SigningTier;
import vn.gov.hoso.calendar.SigningWindow;
import vn.gov.hoso.calendar.SigningWindows;
import vn.gov.hoso.calendar.WorkingCalendar;
import vn.gov.hoso.common.MovableClock;
import vn.gov.hoso.simulator.Faults;
import vn.gov.hoso.simulator.NationalDatabaseSimulator;
import vn.gov.hoso.support.DeclarationDriver;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.SignedVersions;
import vn.gov.hoso.support.TestEmployees;
import vn.gov.hoso.signing.SignatureValidation;
import vn.gov.hoso.sync.SyncService;
import vn.gov.hoso.sync.SyncSummary;

/**
 * {@code national-sync-batch} with the default rule set {@code hung-yen-2023}: signed versions wait for the month's
 * batch; the daily timer (fired by executing its job) collects them in the last five working days of the month, the
 * Sở Nội vụ director signs the batch, then each record goes through {@code national-sync-record} to the simulator
 * over real HTTP. The engine clock and the application clock are set to a day of the province signing window.
 */
@IntegrationTest
@Import({TestEmployees.class, DeclarationDriver.class, SignedVersions.class})
class NationalSyncBatchProcessWithSimulatorIT {

  static final String WINDOW_GATEWAY = "ProvinceWindowOpenGateway";
  static final String COLLECT = "CollectSyncBatchServiceTask";
  static final String SIGN = "SignSyncBatchUserTask";
  static final String APPROVE = "ApproveSyncBatchServiceTask";
  static final String SEND_ALL = "SendBatchRecordsCallActivity";
  static final String SENT = "BatchSentEndEvent";
  static final String OUTSIDE = "OutsideWindowEndEvent";
  /** A month far from the other tests' dates; its batch is cleared before each test (PostgreSQL keeps old runs). */
  static final YearMonth MONTH = YearMonth.of(2031, 7);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired SignedVersions versions;
  @Autowired DeclarationDriver driver;
  @Autowired SyncService sync;
  @Autowired NationalDatabaseSimulator simulator;
  @Autowired SigningWindows signingWindows;
  @Autowired WorkingCalendar calendar;
  @Autowired MovableClock movableClock;
  @Autowired JdbcTemplate jdbc;
  @Autowired FormService forms;

  @Value("${hoso.demo.password}")
  String directorPin;

  SigningWindow window;

  @BeforeEach
  void clearTheMonthsBatchAndInitAssertions() {
    BpmnAwareTests.init(engine);
    simulator.setFaults(Faults.none());
    window = signingWindows.window(SigningTier.PROVINCE, MONTH);
    runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.NATIONAL_SYNC_BATCH)
        .variableValueEquals("batchMonth", MONTH.toString()).list()
        .forEach(old -> runtime.deleteProcessInstance(old.getId(), "test reset"));
    jdbc.update("update sync_record set batch_id = null where batch_id in "
        + "(select id from sync_batch where batch_month = ?)", MONTH.toString());
    jdbc.update("delete from sync_batch where batch_month = ?", MONTH.toString());
  }

  @AfterEach
  void resetClocks() {
    ClockUtil.reset();
    movableClock.reset();
  }

  @Test
  void collectsTheMonthsSignedVersionsInTheProvinceWindowAndSendsThemAfterTheDirectorSigns() {
    setClocks(window.opens().atTime(9, 0).atZone(WorkingCalendar.ZONE).toInstant());
    String first = versions.signedVersion("Trịnh Thị Quyên");
    String second = versions.signedVersion("Mai Thị Nhàn");
    Assertions.assertThat(sync.ofLatestSignedVersion(first)).contains("PENDING");
    Assertions.assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.NATIONAL_SYNC_RECORD)
        .processInstanceBusinessKey(first).count()).as("batch records wait for the month").isZero();

    ProcessInstance batch = fireDailyTimer();

    assertThat(batch).hasPassed(WINDOW_GATEWAY, COLLECT).isWaitingAt(SIGN);
    Assertions.assertThat(runtime.getVariable(batch.getId(), "batchMonth")).isEqualTo(MONTH.toString());
    Assertions.assertThat((Integer) runtime.getVariable(batch.getId(), "batchSize")).isGreaterThanOrEqualTo(2);
    Task signTask = task(batch);
    Assertions.assertThat(tasks.getIdentityLinksForTask(signTask.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("snv-director");
    Assertions.assertThat(signTask.getDueDate()).isEqualTo(Date.from(calendar.endOfDay(window.closes())));

    signAsDirector(signTask, directorPin);

    assertThat(batch).hasPassed(SIGN, APPROVE).isWaitingAt(SEND_ALL);
    String batchId = (String) runtime.getVariable(batch.getId(), "batchId");
    Assertions.assertThat(jdbc.queryForObject("select approved_by from sync_batch where id = ?", String.class,
        batchId)).isEqualTo("snv.giamdoc");
    Assertions.assertThat(jdbc.queryForObject("select manifest_signature from sync_batch where id = ?", String.class,
        batchId)).as("a detached compact JWS").matches("[\\w-]+\\.\\.[\\w-]+");
    SignatureValidation director = sync.verifyBatch(batchId);
    Assertions.assertThat(director.isValid()).isTrue();
    Assertions.assertThat(director.signer()).as("signed with the director's personal key").isEqualTo("Lê Văn Thành");
    Assertions.assertThat(director.format()).isEqualTo("JAdES-BASELINE-B");
    assertPinNeverStored();
    List<ProcessInstance> records = runtime.createProcessInstanceQuery().superProcessInstanceId(batch.getId()).list();
    Assertions.assertThat(records).extracting(ProcessInstance::getBusinessKey).contains(first, second);

    for (ProcessInstance record : records) {
      Job send = management.createJobQuery().processInstanceId(record.getId()).messages().singleResult();
      management.executeJob(send.getId());
    }

    assertThat(batch).isEnded().hasPassed(SENT);
    for (String cccd : List.of(first, second)) {
      Assertions.assertThat(sync.ofLatestSignedVersion(cccd)).contains("ACCEPTED");
      Assertions.assertThat(simulator.recordsOf(cccd)).singleElement().satisfies(r -> {
        Assertions.assertThat(r.status()).isEqualTo("ACCEPTED");
        Assertions.assertThat(r.acceptances()).isEqualTo(1);
      });
    }
    SyncSummary summary = sync.summary("STC-NS", "admin");
    Assertions.assertThat(summary.batches()).filteredOn(b -> b.batchId().equals(batchId)).singleElement()
        .satisfies(b -> {
          Assertions.assertThat(b.month()).isEqualTo(MONTH.toString());
          Assertions.assertThat(b.counts().accepted()).isGreaterThanOrEqualTo(2);
          Assertions.assertThat(b.counts().pending()).isZero();
        });
  }

  @Test
  void aWrongPinRefusesTheCompletionAndTheTaskStaysWithNothingApproved() {
    setClocks(window.opens().atTime(9, 0).atZone(WorkingCalendar.ZONE).toInstant());
    versions.signedVersion("Đoàn Thị Ngát");
    ProcessInstance batch = fireDailyTimer();
    Task signTask = task(batch);
    String batchId = (String) runtime.getVariable(batch.getId(), "batchId");

    Assertions.assertThatThrownBy(() -> signAsDirector(signTask, "sai-ma-pin-123"))
        .hasMessageContaining("Mã PIN không mở được khóa ký số của snv.giamdoc");
    Assertions.assertThatThrownBy(() -> driver.as("snv.giamdoc", List.of("snv-director"),
        () -> tasks.complete(signTask.getId(), Map.of("batchReviewed", true))))
        .hasMessageContaining("Nhập mã PIN của khóa ký số để ký duyệt lô");
    Assertions.assertThatThrownBy(() -> driver.as("admin", List.of("snv-director"),
        () -> forms.submitTaskForm(signTask.getId(), Map.of("batchReviewed", true, "pin", directorPin))))
        .as("the server checks the role, not only the candidate group")
        .hasMessageContaining("không phải Giám đốc Sở Nội vụ");

    assertThat(batch).isWaitingAt(SIGN);
    Assertions.assertThat(tasks.createTaskQuery().taskId(signTask.getId()).count()).isOne();
    Assertions.assertThat(jdbc.queryForObject("select status from sync_batch where id = ?", String.class, batchId))
        .isEqualTo("COLLECTED");
    assertPinNeverStored();

    signAsDirector(signTask, directorPin);
    assertThat(batch).hasPassed(APPROVE).isWaitingAt(SEND_ALL);
  }

  @Test
  void theSimulatorRefusesRecordsOfABatchWhoseManifestSignatureDoesNotValidate() {
    setClocks(window.opens().atTime(9, 0).atZone(WorkingCalendar.ZONE).toInstant());
    String cccd = versions.signedVersion("Lương Thị Hảo");
    ProcessInstance batch = fireDailyTimer();
    signAsDirector(task(batch), directorPin);
    String batchId = (String) runtime.getVariable(batch.getId(), "batchId");
    // after the check: somebody changes who approved the batch, so the signed manifest no longer matches
    jdbc.update("update sync_batch set approved_by = 'admin' where id = ?", batchId);
    Assertions.assertThatThrownBy(() -> sync.verifyBatch(batchId)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not validate");

    ProcessInstance record = runtime.createProcessInstanceQuery().superProcessInstanceId(batch.getId())
        .processInstanceBusinessKey(cccd).singleResult();
    Job send = management.createJobQuery().processInstanceId(record.getId()).messages().singleResult();
    Assertions.assertThatThrownBy(() -> management.executeJob(send.getId()))
        .hasMessageContaining("HTTP 401").hasMessageContaining("BATCH_SIGNATURE_INVALID");

    Assertions.assertThat(simulator.recordsOf(cccd)).as("nothing stored by the national side").isEmpty();
    Assertions.assertThat(sync.ofLatestSignedVersion(cccd)).contains("SENT");
    Assertions.assertThat(management.createJobQuery().jobId(send.getId()).singleResult().getRetries())
        .as("a failed attempt: retry, then an incident").isEqualTo(2);
  }

  @Test
  void collectsNothingOutsideTheLastFiveWorkingDaysOfTheMonth() {
    setClocks(window.opens().minusDays(10).atTime(9, 0).atZone(WorkingCalendar.ZONE).toInstant());
    String waiting = versions.signedVersion("Kiều Thị Phương");

    Set<String> before = finishedBatchInstances();
    fireDailyTimer();
    List<HistoricProcessInstance> started = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.NATIONAL_SYNC_BATCH).finished().list().stream()
        .filter(h -> !before.contains(h.getId())).toList();

    Assertions.assertThat(started).singleElement()
        .satisfies(h -> Assertions.assertThat(h.getEndActivityId()).isEqualTo(OUTSIDE));
    Assertions.assertThat(sync.ofLatestSignedVersion(waiting)).contains("PENDING");
    Assertions.assertThat(jdbc.queryForObject("select count(*) from sync_batch where batch_month = ?", Integer.class,
        MONTH.toString())).isZero();
  }

  /** The director submits the form with the PIN, as Tasklist does. */
  private void signAsDirector(Task signTask, String pin) {
    driver.as("snv.giamdoc", List.of("snv-director"),
        () -> forms.submitTaskForm(signTask.getId(), Map.of("batchReviewed", true, "pin", pin)));
  }

  private void assertPinNeverStored() {
    Assertions.assertThat(runtime.createVariableInstanceQuery().variableName("pin").count()).isZero();
    Assertions.assertThat(history.createHistoricVariableInstanceQuery().variableName("pin").count()).isZero();
    Assertions.assertThat(history.createHistoricDetailQuery().variableUpdates().list()).noneMatch(detail ->
        detail instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate update
            && "pin".equals(update.getVariableName()));
  }

  private void setClocks(Instant now) {
    ClockUtil.setCurrentTime(Date.from(now));
    movableClock.moveTo(now);
  }

  /** Executes the daily timer of the batch process; returns the instance it started if it is still running. */
  private ProcessInstance fireDailyTimer() {
    Set<String> running = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.NATIONAL_SYNC_BATCH)
        .list().stream().map(ProcessInstance::getId).collect(Collectors.toSet());
    Job timer = management.createJobQuery().processDefinitionKey(ProcessKeys.NATIONAL_SYNC_BATCH).timers()
        .singleResult();
    management.executeJob(timer.getId());
    return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.NATIONAL_SYNC_BATCH).list().stream()
        .filter(i -> !running.contains(i.getId())).findFirst().orElse(null);
  }

  private Set<String> finishedBatchInstances() {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessKeys.NATIONAL_SYNC_BATCH)
        .finished().list().stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
  }
}
