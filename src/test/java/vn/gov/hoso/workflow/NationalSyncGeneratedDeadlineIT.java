package vn.gov.hoso.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.hoso.calendar.WorkingCalendar;
import vn.gov.hoso.dossier.VersionOrigins;
import vn.gov.hoso.simulator.Faults;
import vn.gov.hoso.simulator.NationalDatabaseSimulator;
import vn.gov.hoso.support.DeclarationDriver;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.NationalRecords;
import vn.gov.hoso.support.SignedVersions;
import vn.gov.hoso.support.TestEmployees;
import vn.gov.hoso.sync.SyncService;

/**
 * {@code national-sync-record} under {@code nd27-2026}: a system-generated version (here: version 1 of a dossier the
 * inbound pull assembled from the national record, confirmed and signed in the receiving unit) must reach the national
 * database within 1 day ({@code syncGenerated}: calendar days, moved off a day off), a declared one within 3 working
 * days ({@code sync}). The engine clock stands on Friday 4 December 2026: 1 day ends on Monday 7 December (Saturday
 * is a day off), 3 working days on Wednesday 9 December.
 */
@IntegrationTest
@TestPropertySource(properties = "hoso.deadlines.rule-set=nd27-2026")
@Import({TestEmployees.class, DeclarationDriver.class, SignedVersions.class})
class NationalSyncGeneratedDeadlineIT {

  static final String SEND = "SendSyncRecordServiceTask";
  static final String FIX = "FixRejectedSyncRecordUserTask";
  static final String QUEUED = "SyncRecordQueuedStartEvent";
  static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired SignedVersions versions;
  @Autowired TestEmployees employees;
  @Autowired DeclarationDriver driver;
  @Autowired NationalDatabaseSimulator simulator;
  @Autowired VersionOrigins origins;
  @Autowired SyncService sync;
  @Autowired WorkingCalendar calendar;
  @Autowired ObjectMapper json;
  @Autowired MockMvc mvc;

  @Value("${hoso.demo.password}")
  String demoPassword;

  @BeforeEach
  void fridayMorning() {
    BpmnAwareTests.init(engine);
    simulator.setFaults(Faults.none());
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-12-04T09:00:00+07:00").toInstant()));
  }

  @AfterEach
  void resetEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void aSystemGeneratedVersionIsDueWithinOneDayAndADeclaredOneWithinThreeWorkingDays() throws Exception {
    String declared = versions.signedVersion("Hà Thị Khai");
    String imported = importedAndSignedInTheSchool("Tạ Thị Nhập");

    Assertions.assertThat(origins.isSystemGenerated(declared, 1)).isFalse();
    Assertions.assertThat(origins.isSystemGenerated(imported, 1)).isTrue();

    ProcessInstance declaredSync = syncOf(declared);
    ProcessInstance generatedSync = syncOf(imported);
    assertThat(declaredSync).hasPassed(QUEUED).isWaitingAt(SEND);
    assertThat(generatedSync).hasPassed(QUEUED).isWaitingAt(SEND);
    Assertions.assertThat(runtime.getVariable(declaredSync.getId(), "syncGenerated")).isEqualTo(false);
    Assertions.assertThat(runtime.getVariable(generatedSync.getId(), "syncGenerated")).isEqualTo(true);
    Assertions.assertThat(runtime.getVariable(declaredSync.getId(), "syncDueDate"))
        .isEqualTo(Date.from(calendar.endOfDay(LocalDate.of(2026, 12, 9))))
        .isEqualTo(Date.from(calendar.endOfDay(calendar.addWorkingDays(FRIDAY, 3))));
    Assertions.assertThat(runtime.getVariable(generatedSync.getId(), "syncDueDate"))
        .isEqualTo(Date.from(calendar.endOfDay(LocalDate.of(2026, 12, 7))))
        .isEqualTo(Date.from(calendar.endOfDay(calendar.addCalendarDays(FRIDAY, 1))));
    Assertions.assertThat(management.createJobQuery().processInstanceId(generatedSync.getId()).timers()
        .singleResult().getDuedate()).as("the overdue reminder follows the shorter limit")
        .isEqualTo(Date.from(calendar.endOfDay(LocalDate.of(2026, 12, 7))));

    management.executeJob(management.createJobQuery().processInstanceId(generatedSync.getId()).messages()
        .singleResult().getId());

    // the national record carries no photo (a local attachment): the pre-sync checks stop the imported version
    // and give it to the school's focal officer, like any record the nation would refuse
    assertThat(generatedSync).hasPassed(SEND).isWaitingAt(FIX);
    String recordId = (String) runtime.getVariable(generatedSync.getId(), "syncRecordId");
    Assertions.assertThat(sync.record(recordId).errorCode()).isEqualTo(SyncService.PRE_SYNC_INVALID);
    Assertions.assertThat(sync.record(recordId).errorEn()).contains("photo");
    Assertions.assertThat(simulator.recordsOf(imported)).noneMatch(r -> r.idempotencyKey().equals(imported + "-v1"));
  }

  /** A person of another province in the national database, pulled into TH-HN, confirmed and signed there. */
  private String importedAndSignedInTheSchool(String fullName) throws Exception {
    String cccd = NationalRecords.seedPersonOfAnotherProvince(simulator, employees, fullName, 2);

    mvc.perform(post("/api/sync/inbound").with(httpBasic("th.daumoi", demoPassword))
        .contentType(MediaType.APPLICATION_JSON)
        .content(json.writeValueAsString(Map.of("cccd", cccd, "unitId", "TH-HN"))))
        .andExpect(status().isCreated());
    Task verification = tasks.createTaskQuery().processInstanceBusinessKey(cccd)
        .taskDefinitionKey("VerifyDossierUserTask").singleResult();
    driver.as("th.daumoi", List.of("focal-TH-HN", "focal-officers"), () -> forms.submitTaskForm(
        verification.getId(), Map.of("decision", "approve", "note", "Đã đối chiếu hồ sơ giấy")));
    ProcessInstance signing = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.SIGNING)
        .processInstanceBusinessKey(cccd).singleResult();
    management.executeJob(management.createJobQuery().processInstanceId(signing.getId()).timers().singleResult()
        .getId());
    Task sign = tasks.createTaskQuery().processInstanceBusinessKey(cccd).taskDefinitionKey("SignDossierUserTask")
        .singleResult();
    driver.as("th.hieutruong", List.of("head-TH-HN", "unit-heads"),
        () -> forms.submitTaskForm(sign.getId(), Map.of("pin", demoPassword)));
    return cccd;
  }

  private ProcessInstance syncOf(String cccd) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.NATIONAL_SYNC_RECORD)
        .processInstanceBusinessKey(cccd).singleResult();
  }
}
