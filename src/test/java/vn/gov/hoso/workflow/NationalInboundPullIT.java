package vn.gov.hoso.workflow;

import java.util.Set;
import java.time.Duration;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.gov.hoso.audit.AuditService;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.DossierStatus;
import vn.gov.hoso.dossier.DossierView;
import vn.gov.hoso.dossier.HistoryAction;
import vn.gov.hoso.dossier.HistoryEntry;
import vn.gov.hoso.simulator.Faults;
import vn.gov.hoso.simulator.NationalDatabaseSimulator;
import vn.gov.hoso.support.DeclarationDriver;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.SignedVersions;
import vn.gov.hoso.support.TestEmployees;
import vn.gov.hoso.sync.InboundSync;

/**
 * Inbound pull (issue 6 item 6) end to end: a version signed for real in Sở Tài chính is synchronised to the simulator
 * by {@code national-sync-record}; its national record, re-keyed to a person of another province (the simulator's own
 * store: {@link NationalDatabaseSimulator#seed}), is pulled over real HTTP into the school TH-HN by its focal officer.
 * Same properties and imports as {@code NationalSyncRecordProcessWithSimulatorIT}, so both share one application.
 */
@IntegrationTest
@TestPropertySource(properties = "hoso.deadlines.rule-set=nd27-2026")
@Import({TestEmployees.class, DeclarationDriver.class, SignedVersions.class})
class NationalInboundPullIT {

  static final String VERIFY = "VerifyDossierUserTask";
  static final String DECLARE = "DeclareDossierUserTask";
  static final String SIGN = "SignDossierCallActivity";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired SignedVersions versions;
  @Autowired DeclarationDriver driver;
  @Autowired DossierService dossiers;
  @Autowired AuditService audit;
  @Autowired NationalDatabaseSimulator simulator;
  @Autowired ObjectMapper json;
  @Autowired MockMvc mvc;

  @Value("${hoso.demo.password}")
  String demoPassword;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
    simulator.setFaults(Faults.none());
  }

  @Test
  void pullsTheNationalRecordIntoTheReceivingUnitPendingItsVerification() throws Exception {
    String arriving = seedPersonOfAnotherProvince("Trịnh Thị Chuyển");

    // out of scope or not a focal officer: refused before anything is said about the person
    inbound(arriving, "TH-HN", "stc.daumoi").andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("inboundForbidden"));
    inbound(arriving, "TH-HN", "th.hieutruong").andExpect(status().isForbidden());
    Assertions.assertThat(dossiers.exists(arriving)).isFalse();

    inbound(arriving, "TH-HN", "th.daumoi").andExpect(status().isCreated())
        .andExpect(jsonPath("$.dossierId").value(arriving))
        .andExpect(jsonPath("$.unitId").value("TH-HN"))
        .andExpect(jsonPath("$.versionNumber").value(1))
        .andExpect(jsonPath("$.status").value("SUBMITTED"))
        .andExpect(jsonPath("$.originProvinceCode").value("01"))
        .andExpect(jsonPath("$.nationalVersion").value(3));

    Assertions.assertThat(audit.eventsOf(arriving))
        .anyMatch(e -> e.action().equals(InboundSync.AUDIT_READ) && e.actor().equals("th.daumoi"));
    DossierView dossier = dossiers.read(arriving, "th.daumoi", "test");
    Assertions.assertThat(dossier.status()).isEqualTo(DossierStatus.SUBMITTED);
    Assertions.assertThat(dossier.currentVersion()).isEqualTo(1);
    Assertions.assertThat(dossier.unitId()).isEqualTo("TH-HN");
    Assertions.assertThat(dossier.fullName()).isEqualTo("Trịnh Thị Chuyển");
    Assertions.assertThat(dossier.data().path("citizenIdNumber").asText()).isEqualTo(arriving);
    Assertions.assertThat(dossier.data().path("employingUnitId").asText()).as("the origin's unit replaced")
        .isEqualTo("TH-HN");
    Assertions.assertThat(dossier.data().path("ethnicityCode").asText()).isNotBlank();
    Assertions.assertThat(dossiers.version(arriving, 1, "th.daumoi", "test").data().path("fullName").asText())
        .isEqualTo("Trịnh Thị Chuyển");
    List<HistoryEntry> history = dossiers.history(arriving, "th.daumoi", "test");
    Assertions.assertThat(history).extracting(HistoryEntry::action)
        .containsExactly(HistoryAction.IMPORT, HistoryAction.SUBMIT);
    Assertions.assertThat(history.get(0).note()).contains("01").contains("3");
    Assertions.assertThat(history.get(0).versionNumber()).isEqualTo(1);

    ProcessInstance declaration = runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DOSSIER_DECLARATION).processInstanceBusinessKey(arriving).singleResult();
    assertThat(declaration).isWaitingAt(VERIFY).hasNotPassed(DECLARE);
    Task verification = tasks.createTaskQuery().processInstanceId(declaration.getId())
        .taskDefinitionKey(VERIFY).singleResult();
    Assertions.assertThat(tasks.getIdentityLinksForTask(verification.getId()))
        .extracting(IdentityLink::getGroupId).contains("focal-TH-HN").doesNotContain("focal-STC");
    Assertions.assertThat(verification.getDueDate()).isNotNull();

    // a second pull: the dossier exists; what to do instead is said
    inbound(arriving, "TH-HN", "th.daumoi").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("inboundDossierExists"))
        .andExpect(jsonPath("$.detailVi").value(org.hamcrest.Matchers.containsString("điều chuyển")))
        .andExpect(jsonPath("$.detailEn").value(org.hamcrest.Matchers.containsString("transfer")));

    // approval locks the version and goes to signing like any declaration
    driver.as("th.daumoi", List.of("focal-TH-HN", "focal-officers"), () -> forms.submitTaskForm(
        verification.getId(), Map.of("decision", "approve", "note", "Đã đối chiếu hồ sơ giấy")));
    assertThat(declaration).isWaitingAt(SIGN);
    DossierView confirmed = dossiers.read(arriving, "th.daumoi", "test");
    Assertions.assertThat(confirmed.status()).isEqualTo(DossierStatus.CONFIRMED);
    Assertions.assertThat(confirmed.locked()).isTrue();
  }

  @Test
  void rejectionSendsTheImportedDossierToTheEmployeesDeclaration() throws Exception {
    String arriving = seedPersonOfAnotherProvince("Lại Thị Đến");
    inbound(arriving, "TH-HN", "admin").andExpect(status().isCreated());
    ProcessInstance declaration = runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DOSSIER_DECLARATION).processInstanceBusinessKey(arriving).singleResult();
    Task verification = tasks.createTaskQuery().processInstanceId(declaration.getId()).singleResult();

    driver.as("th.daumoi", List.of("focal-TH-HN", "focal-officers"), () -> forms.submitTaskForm(
        verification.getId(), Map.of("decision", "reject", "note", "Quá trình công tác chưa khớp hồ sơ giấy")));

    assertThat(declaration).isWaitingAt(DECLARE);
    Assertions.assertThat(tasks.createTaskQuery().processInstanceId(declaration.getId()).singleResult().getAssignee())
        .isEqualTo(arriving);
    Assertions.assertThat(dossiers.read(arriving, "th.daumoi", "test").status()).isEqualTo(DossierStatus.REJECTED);
  }

  @Test
  void answersNotFoundWhenTheNationHasNoRecord() throws Exception {
    inbound("001199000777", "TH-HN", "th.daumoi").andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("nationalRecordNotFound"))
        .andExpect(jsonPath("$.titleVi").value("Không có hồ sơ trong CSDL quốc gia"))
        .andExpect(jsonPath("$.titleEn").value("No record in the national database"));
    Assertions.assertThat(dossiers.exists("001199000777")).isFalse();
  }

  @Test
  void answersServiceUnavailableAndStoresNothingWhenTheNationDoesNotAnswer() throws Exception {
    simulator.setFaults(new Faults(1.0, 0, 0, 0, Duration.ZERO, Duration.ZERO, Set.of(), 1L));
    inbound("001199000778", "TH-HN", "th.daumoi").andExpect(status().isServiceUnavailable())
        .andExpect(jsonPath("$.code").value("nationalRegistryUnavailable"))
        .andExpect(jsonPath("$.titleVi").value("CSDL quốc gia chưa trả lời"))
        .andExpect(jsonPath("$.titleEn").value("National database not answering"));
    Assertions.assertThat(dossiers.exists("001199000778")).isFalse();
  }

  /**
   * Signs and synchronises a version of an employee of Sở Tài chính, then stores its national record in the
   * simulator as version 3 of another person sent by Hà Nội (01), with a unit id of the origin that must not survive.
   */
  private String seedPersonOfAnotherProvince(String fullName) {
    String origin = versions.signedVersion(fullName + " gốc");
    ProcessInstance sync = runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.NATIONAL_SYNC_RECORD).processInstanceBusinessKey(origin).singleResult();
    management.executeJob(management.createJobQuery().processInstanceId(sync.getId()).messages().singleResult()
        .getId());
    ObjectNode national = simulator.latestRecordOf(origin).orElseThrow();
    Assertions.assertThat(national.path("fields").path("fullName").asText()).isEqualTo(fullName + " gốc");

    String arriving = "001" + origin.substring(3);
    Assertions.assertThat(dossiers.exists(arriving)).isFalse();
    ObjectNode fields = ((ObjectNode) national.path("fields")).deepCopy();
    fields.put("citizenIdNumber", arriving);
    fields.put("fullName", fullName);
    fields.put("employingUnitId", "HN-SO-TAI-CHINH");
    ObjectNode record = json.createObjectNode();
    record.put("citizenId", arriving);
    record.put("versionNumber", 3);
    record.put("signedAt", "2026-10-20T03:00:00Z");
    record.set("fields", fields);
    simulator.seed("01", record);
    return arriving;
  }

  private ResultActions inbound(String cccd, String unitId, String user) throws Exception {
    return mvc.perform(post("/api/sync/inbound").with(httpBasic(user, demoPassword))
        .contentType(MediaType.APPLICATION_JSON)
        .content(json.writeValueAsString(Map.of("cccd", cccd, "unitId", unitId))));
  }
}
