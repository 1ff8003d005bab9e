package vn.gov.hoso.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
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
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.hoso.common.MovableClock;
import vn.gov.hoso.simulator.Faults;
import vn.gov.hoso.simulator.NationalDatabaseSimulator;
import vn.gov.hoso.simulator.NationalRecordView;
import vn.gov.hoso.support.DeclarationDriver;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.SignedVersions;
import vn.gov.hoso.support.TestEmployees;
import vn.gov.hoso.sync.SyncRecordView;
import vn.gov.hoso.sync.SyncService;
import vn.gov.hoso.sync.SyncStatus;

/**
 * {@code national-sync-record} with rule set {@code nd27-2026} (each signed version is sent on its own, without waiting
 * for the month): the real BPMN, delegates, outbox, payload signature and HTTP client, against the national-database
 * simulator of this application over real HTTP (the one collaborator outside the installation, replaced at its HTTP
 * boundary). Jobs are executed by the test, as the job executor would; the simulator's faults are switched per test.
 */
@IntegrationTest
@TestPropertySource(properties = "hoso.deadlines.rule-set=nd27-2026")
@Import({TestEmployees.class, DeclarationDriver.class, SignedVersions.class})
class NationalSyncRecordProcessWithSimulatorIT {

  static final String SEND = "SendSyncRecordServiceTask";
  static final String ACCEPTED = "SyncRecordAcceptedEndEvent";
  static final String FIX = "FixRejectedSyncRecordUserTask";
  static final String REOPEN = "ReopenSyncRecordServiceTask";
  static final String CLOSED = "SyncRecordClosedEndEvent";
  static final String OVERDUE = "SyncOverdueBoundaryEvent";
  static final String REMIND = "RemindSyncOverdueUserTask";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired SignedVersions versions;
  @Autowired DeclarationDriver driver;
  @Autowired SyncService sync;
  @Autowired NationalDatabaseSimulator simulator;
  @Autowired MovableClock movableClock;
  @Autowired JdbcTemplate jdbc;
  @Autowired MockMvc mvc;

  @Value("${hoso.demo.password}")
  String demoPassword;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
    simulator.setFaults(Faults.none());
  }

  @AfterEach
  void resetFaultsAndClocks() {
    simulator.setFaults(Faults.none());
    ClockUtil.reset();
    movableClock.reset();
  }

  @Test
  void deliversEverySignedVersionExactlyOnceWhenHalfTheCallsFailOrTimeOut() throws Exception {
    List<String> people = new ArrayList<>();
    for (String name : List.of("Trần Thị Mai", "Lê Thị Hoa", "Phạm Thị Lan", "Vũ Thị Cúc")) {
      people.add(versions.signedVersion(name));
    }
    // half of the calls fail: 40 % answer 503, 10 % answer later than the client waits (hoso.sync.read-timeout of
    // the test profile); and 20 % store the record but lose the answer (the sender delivers again: a duplicate the
    // key must catch); 10 % are slow
    simulator.setFaults(new Faults(0.4, 0.1, 0.2, 0.1, Duration.ofMillis(10500), Duration.ofMillis(200), Set.of(),
        62026L));
    int deliveriesBefore = simulator.deliveryCount();

    List<ProcessInstance> instances = people.stream().map(this::instanceOf).toList();
    runSendJobsUntilDone(instances, 60);

    for (int i = 0; i < people.size(); i++) {
      String cccd = people.get(i);
      assertThat(instances.get(i)).isEnded().hasPassed(SEND, ACCEPTED);
      Assertions.assertThat(sync.ofLatestSignedVersion(cccd)).contains("ACCEPTED");
      Assertions.assertThat(simulator.recordsOf(cccd)).singleElement().satisfies(r -> {
        Assertions.assertThat(r.idempotencyKey()).isEqualTo(cccd + "-v1");
        Assertions.assertThat(r.status()).isEqualTo("ACCEPTED");
        Assertions.assertThat(r.acceptances()).as("accepted exactly once").isEqualTo(1);
      });
    }
    List<NationalRecordView> held = people.stream().flatMap(c -> simulator.recordsOf(c).stream()).toList();
    Assertions.assertThat(simulator.deliveryCount() - deliveriesBefore).as("the faults were met")
        .isGreaterThan(people.size());
    Assertions.assertThat(held).as("some answer was lost and the repeated delivery recognised by its key")
        .anyMatch(r -> r.deliveries() > 1);
  }

  @Test
  void recognisesTheRepeatedDeliveryWhenTheAnswerOfAnAcceptedRecordWasLost() {
    String cccd = versions.signedVersion("Ngô Thị Thu");
    ProcessInstance instance = instanceOf(cccd);
    simulator.setFaults(new Faults(0, 0, 1, 0, Duration.ofSeconds(35), Duration.ofMillis(1), Set.of(), 1L));

    Assertions.assertThatThrownBy(() -> management.executeJob(sendJob(instance).getId()))
        .hasMessageContaining("national database");

    Assertions.assertThat(sync.ofLatestSignedVersion(cccd)).contains("SENT");
    Assertions.assertThat(simulator.recordsOf(cccd)).singleElement()
        .satisfies(r -> Assertions.assertThat(r.acceptances()).isEqualTo(1));
    simulator.setFaults(Faults.none());

    management.executeJob(sendJob(instance).getId());

    assertThat(instance).isEnded().hasPassed(ACCEPTED);
    Assertions.assertThat(simulator.recordsOf(cccd)).singleElement().satisfies(r -> {
      Assertions.assertThat(r.deliveries()).isEqualTo(2);
      Assertions.assertThat(r.acceptances()).isEqualTo(1);
    });
    Assertions.assertThat(sync.ofLatestSignedVersion(cccd)).contains("ACCEPTED");
  }

  @Test
  void keepsTheOutboxRowAndItsSendJobWhenTheApplicationStopsBetweenCommitAndSend() {
    String cccd = versions.signedVersion("Hoàng Thị Yến");
    // The signing transaction has committed; nothing was sent. A crash now leaves exactly this in the database:
    Assertions.assertThat(jdbc.queryForObject(
        "select status from sync_record where idempotency_key = ?", String.class, cccd + "-v1")).isEqualTo("PENDING");
    ProcessInstance instance = instanceOf(cccd);
    Assertions.assertThat(jdbc.queryForObject("select count(*) from act_ru_job where process_instance_id_ = ? "
        + "and type_ = 'message'", Integer.class, instance.getId())).isEqualTo(1);
    Assertions.assertThat(simulator.recordsOf(cccd)).isEmpty();

    // After the restart the job executor finds the job and runs it
    management.executeJob(sendJob(instance).getId());

    assertThat(instance).isEnded().hasPassed(SEND, ACCEPTED);
    Assertions.assertThat(simulator.recordsOf(cccd)).singleElement()
        .satisfies(r -> Assertions.assertThat(r.acceptances()).isEqualTo(1));
  }

  @Test
  void writesOneOutboxRecordWhenTheSameSignatureIsPublishedTwice() {
    String cccd = versions.signedVersion("Bùi Thị Hạnh");
    versions.publishSignedAgain(cccd, 1);

    Assertions.assertThat(jdbc.queryForObject("select count(*) from sync_record where dossier_id = ?", Integer.class,
        cccd)).isEqualTo(1);
    Assertions.assertThat(runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.NATIONAL_SYNC_RECORD).processInstanceBusinessKey(cccd).count())
        .isEqualTo(1);
  }

  @Test
  void raisesAnIncidentAfterTheModelsRetryCycleWhenTheNationalDatabaseStaysDown() {
    String cccd = versions.signedVersion("Đỗ Thị Ngân");
    ProcessInstance instance = instanceOf(cccd);
    simulator.setFaults(new Faults(1, 0, 0, 0, Duration.ofSeconds(35), Duration.ofMillis(1), Set.of(), 1L));

    int executions = 0;
    while (runtime.createIncidentQuery().processInstanceId(instance.getId()).count() == 0 && executions < 10) {
      String jobId = sendJob(instance).getId();
      Assertions.assertThatThrownBy(() -> management.executeJob(jobId))
          .hasMessageContaining("national database");
      executions++;
    }

    // R3/PT5M in the model: three attempts five minutes apart, then the incident Cockpit shows
    Assertions.assertThat(executions).isEqualTo(3);
    Incident incident = runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    Assertions.assertThat(incident.getActivityId()).isEqualTo(SEND);
    Assertions.assertThat(incident.getIncidentMessage()).contains("national database");
    SyncRecordView record = sync.record(recordIdOf(instance));
    Assertions.assertThat(record.status()).isEqualTo(SyncStatus.SENT);
    Assertions.assertThat(record.attempts()).as("every attempt recorded despite the rollbacks").isEqualTo(3);
    assertThat(instance).isActive().isWaitingAt(SEND);

    // The national database is back; the operator retries the job from Cockpit
    simulator.setFaults(Faults.none());
    management.setJobRetries(sendJob(instance).getId(), 1);
    management.executeJob(sendJob(instance).getId());

    assertThat(instance).isEnded().hasPassed(ACCEPTED);
    Assertions.assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void stopsAnAddressWrittenAsTextBeforeSendingAndAsksTheFocalOfficerToFixIt() {
    String cccd = versions.confirmedVersion("Cao Thị Huyền",
        dossier -> ((ObjectNode) dossier.get("currentResidence")).remove("provinceCode"));
    versions.sign(cccd, 1);
    ProcessInstance instance = instanceOf(cccd);
    int deliveriesBefore = simulator.deliveryCount();

    management.executeJob(sendJob(instance).getId());

    Assertions.assertThat(simulator.deliveryCount()).as("nothing was sent").isEqualTo(deliveriesBefore);
    Assertions.assertThat(simulator.recordsOf(cccd)).isEmpty();
    SyncRecordView record = sync.record(recordIdOf(instance));
    Assertions.assertThat(record.status()).isEqualTo(SyncStatus.REJECTED);
    Assertions.assertThat(record.errorCode()).isEqualTo(SyncService.PRE_SYNC_INVALID);
    Assertions.assertThat(record.errorVi()).contains("10. Nơi ở hiện nay: thiếu mã tỉnh, thành phố");
    Assertions.assertThat(record.errorEn()).contains("10. Current residence: the province code");
    assertThat(instance).hasPassed(SEND).isWaitingAt(FIX);
    Task fix = task(instance);
    Assertions.assertThat(candidateGroups(fix)).contains("focal-STC-NS");
    Assertions.assertThat((String) tasks.getVariableLocal(fix.getId(), "syncError")).contains("thiếu mã tỉnh")
        .contains("province code");
    Assertions.assertThat(tasks.getVariableLocal(fix.getId(), "employeeName")).isEqualTo("Cao Thị Huyền");

    driver.as("stc.daumoi", List.of("focal-STC", "focal-officers"),
        () -> tasks.complete(fix.getId(), Map.of("action", "close")));

    assertThat(instance).isEnded().hasPassed(CLOSED);
  }

  @Test
  void resendsARecordTheNationalDatabaseRejectedWhenTheFocalOfficerAsksForIt() throws Exception {
    String cccd = versions.signedVersion("Lý Thị Sen");
    ProcessInstance instance = instanceOf(cccd);
    simulator.setFaults(new Faults(0, 0, 0, 0, Duration.ofSeconds(35), Duration.ofMillis(1), Set.of(cccd), 1L));

    management.executeJob(sendJob(instance).getId());

    SyncRecordView rejected = sync.record(recordIdOf(instance));
    Assertions.assertThat(rejected.status()).isEqualTo(SyncStatus.REJECTED);
    Assertions.assertThat(rejected.errorCode()).isEqualTo("CITIZEN_ID_CONFLICT");
    Assertions.assertThat(rejected.errorVi()).startsWith("CSDL quốc gia từ chối: ");
    mvc.perform(get("/api/dossiers/" + cccd).with(httpBasic("stc.daumoi", demoPassword)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.syncStatus").value("REJECTED"));
    assertThat(instance).isWaitingAt(FIX);

    // the conflict is settled with the other province; the focal officer sends the same version again
    simulator.setFaults(Faults.none());
    Task fix = task(instance);
    driver.as("stc.daumoi", List.of("focal-STC", "focal-officers"),
        () -> tasks.complete(fix.getId(), Map.of("action", "resend")));
    assertThat(instance).hasPassed(REOPEN).isWaitingAt(SEND);
    management.executeJob(sendJob(instance).getId());

    assertThat(instance).isEnded().hasPassed(ACCEPTED);
    Assertions.assertThat(simulator.recordsOf(cccd)).singleElement().satisfies(r -> {
      Assertions.assertThat(r.deliveries()).isEqualTo(2);
      Assertions.assertThat(r.acceptances()).isEqualTo(1);
    });
    mvc.perform(get("/api/dossiers/" + cccd).with(httpBasic("stc.daumoi", demoPassword)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.syncStatus").value("ACCEPTED"));
  }

  @Test
  void remindsTheUnitAndTheSoNoiVuWhenTheVersionHasNotArrivedWithinThreeWorkingDays() {
    // Monday 1 March 2027: three working days → 24:00 of Thursday 4 March
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2027-03-01T09:00:00+07:00").toInstant()));
    String cccd = versions.signedVersion("Mạc Thị Liên");
    ProcessInstance instance = instanceOf(cccd);

    Date due = (Date) runtime.getVariable(instance.getId(), "syncDueDate");
    Assertions.assertThat(due.toInstant()).isEqualTo(OffsetDateTime.parse("2027-03-05T00:00:00+07:00").toInstant());
    Job timer = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    Assertions.assertThat(timer.getDuedate()).isEqualTo(due);

    management.executeJob(timer.getId());

    assertThat(instance).hasPassed(OVERDUE).isWaitingAt(SEND, REMIND);
    Task reminder = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(REMIND)
        .singleResult();
    Assertions.assertThat(candidateGroups(reminder)).contains("focal-STC-NS", "snv-admin");
    Assertions.assertThat(tasks.getVariable(reminder.getId(), "overdueDueDay")).isEqualTo("04/03/2027");

    management.executeJob(sendJob(instance).getId());

    assertThat(instance).as("the reminder closes with the accepted record").isEnded().hasPassed(ACCEPTED);
  }

  @Test
  void countsTheRecordsOfTheCallersSubtreeAndRefusesAnotherUnitInBothLanguages() throws Exception {
    String cccd = versions.signedVersion("Tạ Thị Vân");
    management.executeJob(sendJob(instanceOf(cccd)).getId());

    mvc.perform(get("/api/sync/summary").param("unitId", "STC-NS").with(httpBasic("stc.daumoi", demoPassword)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.unitId").value("STC-NS"))
        .andExpect(jsonPath("$.total.accepted").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
    mvc.perform(get("/api/sync/summary").param("unitId", "STC").with(httpBasic("th.daumoi", demoPassword)))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("syncSummaryForbidden"))
        .andExpect(jsonPath("$.titleVi").value("Không có quyền xem số liệu đồng bộ"))
        .andExpect(jsonPath("$.titleEn").value("Not allowed to see the synchronisation counts"))
        .andExpect(jsonPath("$.detailEn").value("Unit STC is outside your unit's scope."));
    mvc.perform(get("/api/sync/summary").param("unitId", "STC-NS").with(httpBasic(cccd, TestEmployees.PASSWORD)))
        .andExpect(status().isForbidden());
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance instanceOf(String cccd) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.NATIONAL_SYNC_RECORD)
        .processInstanceBusinessKey(cccd).singleResult();
  }

  private Job sendJob(ProcessInstance instance) {
    return management.createJobQuery().processInstanceId(instance.getId()).messages().singleResult();
  }

  private String recordIdOf(ProcessInstance instance) {
    return (String) runtime.getVariable(instance.getId(), "syncRecordId");
  }

  private List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull).toList();
  }

  /**
   * Runs the send jobs as the job executor would, ignoring the retry wait; an incident (no retries left) is retried
   * the way an operator does it in Cockpit.
   */
  private void runSendJobsUntilDone(List<ProcessInstance> instances, int maxRounds) {
    for (int round = 0; round < maxRounds; round++) {
      List<Job> jobs = instances.stream()
          .map(i -> management.createJobQuery().processInstanceId(i.getId()).messages().singleResult())
          .filter(java.util.Objects::nonNull).toList();
      if (jobs.isEmpty()) {
        return;
      }
      for (Job job : jobs) {
        if (job.getRetries() == 0) {
          management.setJobRetries(job.getId(), 1);
        }
        try {
          management.executeJob(job.getId());
        } catch (RuntimeException expected) {
          // a failed attempt: the engine has recorded it and the job waits for its next retry
        }
      }
    }
    Assertions.fail("send jobs still pending after " + maxRounds + " rounds");
  }
}
