package vn.gov.hoso.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.hoso.calendar.WorkingCalendar;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.DossierStatus;
import vn.gov.hoso.dossier.DossierView;
import vn.gov.hoso.dossier.EmploymentStatus;
import vn.gov.hoso.dossier.HistoryAction;
import vn.gov.hoso.dossier.HistoryEntry;
import vn.gov.hoso.dossier.NationalSyncStatus;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.support.DeclarationDriver;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.SignedVersions;
import vn.gov.hoso.support.TestEmployees;

/**
 * {@code transfer-out-of-province} with the real BPMN, DMN, forms, delegates, signing and database: the focal officer
 * posts the decision, closes the dossier in Tasklist (final version, status Chuyển công tác), the head signs it in the
 * signing window with the demo key (queued for the national database), the dossier is archived and the account
 * disabled.
 */
@IntegrationTest
class TransferOutOfProvinceProcessIT {

  static final String OPEN = "OpenTransferOutServiceTask";
  static final String CLOSE_TASK = "CloseDossierForTransferUserTask";
  static final String CLOSE = "CloseDossierForTransferServiceTask";
  static final String SIGN_CALL = "SignFinalVersionCallActivity";
  static final String ARCHIVE = "ArchiveDossierServiceTask";
  static final String DISABLE = "DisableLeaverAccountServiceTask";
  static final String TRANSFERRED_END = "DossierTransferredOutEndEvent";
  static final String CANCELLED_END = "TransferOutCancelledEndEvent";
  static final String OVERDUE = "CloseDossierOverdueBoundaryEvent";
  static final String REMIND = "RemindCloseDossierOverdueUserTask";
  static final String FOCAL = "stc.daumoi";
  static final List<String> FOCAL_GROUPS = List.of("focal-STC", "focal-officers");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired WorkingCalendar calendar;
  @Autowired DossierService dossiers;
  @Autowired OrganisationService organisation;
  @Autowired TestEmployees employees;
  @Autowired DeclarationDriver driver;
  @Autowired SignedVersions signed;
  @Autowired NationalSyncStatus sync;
  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;

  final LocalDate yesterday = LocalDate.now(WorkingCalendar.ZONE).minusDays(1);

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void signsTheFinalVersionQueuesItForTheNationalDatabaseArchivesAndDisablesWhenTheDossierIsClosed()
      throws Exception {
    String cccd = signed.signedVersion("Hoàng Thị Chuyển Đi");

    ProcessInstance transfer = start(cccd);

    assertThat(transfer).hasPassed(OPEN).isWaitingAt(CLOSE_TASK);
    Task task = closeTask(cccd);
    assertThat(task).hasCandidateGroup("focal-STC-NS").hasCandidateGroup("focal-STC");
    Assertions.assertThat(task.getDueDate())
        .as("transferOut: 10 working days in hung-yen-2023 (project default)")
        .isEqualTo(Date.from(calendar.endOfDay(calendar.addWorkingDays(yesterday, 10))));

    close(cccd, "approve", "");

    assertThat(transfer).hasPassed(CLOSE).isWaitingAt(SIGN_CALL);
    Assertions.assertThat(runtime.getVariable(transfer.getId(), ProcessVariables.VERSION_NUMBER)).isEqualTo(2);
    DossierView closed = dossiers.read(cccd, "admin", "test");
    Assertions.assertThat(closed.status()).isEqualTo(DossierStatus.CONFIRMED);
    Assertions.assertThat(closed.currentVersion()).isEqualTo(2);
    Assertions.assertThat(closed.locked()).isTrue();
    Assertions.assertThat(closed.employmentStatus()).isEqualTo(EmploymentStatus.TRANSFERRED_OUT);
    Assertions.assertThat(closed.archivedAt()).as("archived only once signed").isNull();
    Assertions.assertThat(dossiers.version(cccd, 2, "admin", "test").data().get("employmentStatus").asText())
        .isEqualTo("Chuyển công tác");

    signed.sign(cccd, 2);

    assertThat(transfer).hasPassed(SIGN_CALL, ARCHIVE);
    Assertions.assertThat(dossiers.isSigned(cccd, 2)).isTrue();
    Assertions.assertThat(sync.ofLatestSignedVersion(cccd)).as("queued for the national database")
        .hasValue("PENDING");
    // the account step is asynchronous: run its job unless the job executor already did
    management.createJobQuery().processInstanceId(transfer.getId()).activityId(DISABLE).list()
        .forEach(job -> management.executeJob(job.getId()));

    assertThat(transfer).hasPassed(DISABLE, TRANSFERRED_END).isEnded();
    DossierView archived = dossiers.read(cccd, "admin", "test");
    Assertions.assertThat(archived.archivedAt()).isNotNull();
    Assertions.assertThat(archived.status()).isEqualTo(DossierStatus.SIGNED);
    Assertions.assertThat(organisation.isActive(cccd)).isFalse();
    Assertions.assertThat(dossiers.history(cccd, "admin", "test")).extracting(HistoryEntry::action)
        .containsSubsequence(HistoryAction.SIGN, HistoryAction.EXIT_DECIDED, HistoryAction.TRANSFER_OUT,
            HistoryAction.CONFIRM, HistoryAction.SIGN, HistoryAction.ARCHIVE);
    mvc.perform(get("/api/dossiers/{cccd}/versions/2/signature", cccd).with(user("admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.pdf.indication").value("TOTAL_PASSED"))
        .andExpect(jsonPath("$.data.indication").value("TOTAL_PASSED"));
    mvc.perform(get("/api/archive").param("kind", "transfer-out").param("q", cccd).with(user("admin")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].employmentStatusCode").value("TRANSFERRED_OUT"));
    mvc.perform(post("/api/me/changes").with(user(cccd)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"changeType\":\"other\",\"eventDate\":\"" + yesterday + "\",\"description\":\"Sửa\"}"))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("dossierArchived"));
  }

  @Test
  void refusesTheTransferWhenTheDossierIsNotConfirmedAndLocked() throws Exception {
    String cccd = employees.recruitWoman1985("STC-NS", "Mai Thị Chưa Khóa");

    mvc.perform(post("/api/dossiers/{cccd}/transfer-out", cccd).with(user(FOCAL))
            .contentType(MediaType.APPLICATION_JSON).content(body()))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("transferOutNotClosable"));
    mvc.perform(post("/api/dossiers/{cccd}/transfer-out", cccd).with(user("stc.thutruong"))
            .contentType(MediaType.APPLICATION_JSON).content(body()))
        .andExpect(status().isForbidden());
    Assertions.assertThat(runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.TRANSFER_OUT_OF_PROVINCE).processInstanceBusinessKey(cccd).count()).isZero();
  }

  @Test
  void remindsTheHeadsAndEndsWithoutEffectWhenTheFocalOfficerCancels() throws Exception {
    String cccd = signed.signedVersion("Quách Thị Ở Lại");
    ProcessInstance transfer = start(cccd);

    management.executeJob(management.createJobQuery().processInstanceId(transfer.getId()).activityId(OVERDUE)
        .singleResult().getId());
    assertThat(transfer).isWaitingAt(CLOSE_TASK, REMIND);
    assertThat(tasks.createTaskQuery().processInstanceId(transfer.getId()).taskDefinitionKey(REMIND).singleResult())
        .hasCandidateGroup("head-STC-NS");

    close(cccd, "reject", "Quyết định bị thu hồi");

    assertThat(transfer).hasPassed(CLOSE, CANCELLED_END).isEnded();
    DossierView dossier = dossiers.read(cccd, "admin", "test");
    Assertions.assertThat(dossier.employmentStatus()).isEqualTo(EmploymentStatus.ACTIVE);
    Assertions.assertThat(dossier.currentVersion()).isEqualTo(1);
    Assertions.assertThat(dossier.archivedAt()).isNull();
    Assertions.assertThat(organisation.isActive(cccd)).isTrue();
  }

  private ProcessInstance start(String cccd) throws Exception {
    JsonNode started = json.readTree(mvc.perform(post("/api/dossiers/{cccd}/transfer-out", cccd).with(user(FOCAL))
            .contentType(MediaType.APPLICATION_JSON).content(body()))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    return runtime.createProcessInstanceQuery().processInstanceId(started.path("processInstanceId").asText())
        .singleResult();
  }

  private String body() {
    return "{\"destinationProvince\":\"Thành phố Hà Nội\",\"decisionNumber\":\"88/QĐ-UBND\",\"effectiveDate\":\""
        + yesterday + "\",\"note\":\"Chuyển về Sở Tài chính Hà Nội\"}";
  }

  private void close(String cccd, String decision, String note) {
    driver.as(FOCAL, FOCAL_GROUPS,
        () -> forms.submitTaskForm(closeTask(cccd).getId(), Map.of("decision", decision, "note", note)));
  }

  private Task closeTask(String cccd) {
    return tasks.createTaskQuery().processInstanceBusinessKey(cccd).taskDefinitionKey(CLOSE_TASK).singleResult();
  }
}
