package vn.gov.hoso.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.gov.hoso.calendar.WorkingCalendar;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.HistoryAction;
import vn.gov.hoso.organisation.Account;
import vn.gov.hoso.organisation.NewUnit;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Role;
import vn.gov.hoso.organisation.TransferService;
import vn.gov.hoso.organisation.TransferStatus;
import vn.gov.hoso.organisation.UnitTier;
import vn.gov.hoso.support.DeclarationDriver;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.TestEmployees;
import vn.gov.hoso.workflow.identity.IdentityAdministration;

/**
 * {@code transfer-between-units} with the real BPMN, delegates, forms, database and /engine-rest. Each test builds two
 * fresh units under the province, each with its own focal officer, and a person of the releasing unit whose dossier
 * awaits verification (an open task of the releasing unit's focal officers); the transfer is posted over the API as
 * {@code POST /api/recruitments} is.
 */
@IntegrationTest
class TransferBetweenUnitsProcessIT {

  static final String HAND_OVER = "HandOverDossierUserTask";
  static final String RECORD_HANDOVER = "RecordHandoverServiceTask";
  static final String ACCEPT = "AcceptTransferUserTask";
  static final String EFFECTIVE = "EffectiveDateTimerEvent";
  static final String COMPLETE = "CompleteTransferServiceTask";
  static final String RETURN = "ReturnTransferServiceTask";
  static final String COMPLETED = "TransferCompletedEndEvent";
  static final String VERIFY = "VerifyDossierUserTask";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired OrganisationService organisation;
  @Autowired IdentityAdministration identities;
  @Autowired TransferService transfers;
  @Autowired DossierService dossiers;
  @Autowired WorkingCalendar calendar;
  @Autowired TestEmployees employees;
  @Autowired DeclarationDriver driver;
  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;

  @Value("${local.server.port}")
  int port;

  String releasing;
  String receiving;
  String releasingName;
  String receivingName;
  String oldFocal;
  String newFocal;
  String person;

  @BeforeEach
  void twoUnitsWithFocalOfficersAndAPersonAwaitingVerification() {
    BpmnAwareTests.init(engine);
    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    releasing = "SXD-" + suffix;
    receiving = "SCT-" + suffix;
    releasingName = "Sở Xây dựng " + suffix;
    receivingName = "Sở Công Thương " + suffix;
    organisation.addUnit(new NewUnit(releasing, "H33.40." + suffix, releasingName, "HY", UnitTier.DEPARTMENT, "SO"));
    organisation.addUnit(new NewUnit(receiving, "H33.41." + suffix, receivingName, "HY", UnitTier.DEPARTMENT, "SO"));
    oldFocal = officer("sxd.daumoi." + suffix.toLowerCase(), "Phan Văn Giao", releasing);
    newFocal = officer("sct.daumoi." + suffix.toLowerCase(), "Hồ Thị Nhận", receiving);
    person = employees.recruitWoman1985(releasing, "Quách Thị Chuyển");
    driver.submitValidDossier(person);
    Assertions.assertThat(driver.currentTask(person).getTaskDefinitionKey()).isEqualTo(VERIFY);
  }

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void movesDossierTasksAndScopeToTheReceivingUnitWhenItAccepts() throws Exception {
    LocalDate today = organisation.today();
    int versionsBefore = dossiers.read(person, "admin", "test").currentVersion();
    String transferId = decide(oldFocal, today).andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("DECIDED")).andReturn().getResponse().getContentAsString();
    transferId = json.readTree(transferId).get("id").asText();
    ProcessInstance transfer = transferOf(person);

    assertThat(transfer).isWaitingAt(HAND_OVER);
    assertThat(BpmnAwareTests.task(transfer)).hasCandidateGroup(UnitGroups.focal(releasing))
        .hasDueDate(Date.from(calendar.endOfDay(calendar.addWorkingDays(today, 10))));
    Assertions.assertThat(tasks.getVariableLocal(BpmnAwareTests.task(transfer).getId(),
        ProcessVariables.TO_UNIT_NAME)).isEqualTo(receivingName);
    completeAs(oldFocal, releasing, transfer, Map.of());

    assertThat(transfer).hasPassed(RECORD_HANDOVER).isWaitingAt(ACCEPT);
    assertThat(BpmnAwareTests.task(transfer)).hasCandidateGroup(UnitGroups.focal(receiving))
        .hasDueDate(Date.from(calendar.endOfDay(calendar.addWorkingDays(today, 10))));
    Assertions.assertThat(transfers.transfer(transferId).orElseThrow().handedOverBy()).isEqualTo(oldFocal);
    completeAs(newFocal, receiving, transfer, Map.of(ProcessVariables.DECISION, "approve"));

    assertThat(transfer).isWaitingAt(EFFECTIVE);
    management.executeJob(management.createJobQuery().processInstanceId(transfer.getId()).singleResult().getId());
    assertThat(transfer).hasPassed(COMPLETE).isEnded().hasPassed(COMPLETED);

    // account, dossier, work history; the submitted version is untouched
    Assertions.assertThat(organisation.account(person).orElseThrow().unitId()).isEqualTo(receiving);
    Assertions.assertThat(transfers.transfer(transferId).orElseThrow().status()).isEqualTo(TransferStatus.DONE);
    JsonNode draft = dossiers.read(person, "admin", "test").data();
    Assertions.assertThat(draft.path("employingUnitId").asText()).isEqualTo(receiving);
    JsonNode rows = draft.path("workHistory");
    JsonNode last = rows.get(rows.size() - 1);
    Assertions.assertThat(last.path("unit").asText()).isEqualTo(receivingName);
    Assertions.assertThat(last.path("fromMonth").asText())
        .isEqualTo(today.format(DateTimeFormatter.ofPattern("MM/yyyy")));
    Assertions.assertThat(last.path("titleOrPosition").asText()).isEqualTo("Chuyên viên chính");
    Assertions.assertThat(rows.get(rows.size() - 2).path("toMonth").asText()).as("the previous row ends")
        .isEqualTo(today.format(DateTimeFormatter.ofPattern("MM/yyyy")));
    Assertions.assertThat(dossiers.read(person, "admin", "test").currentVersion()).isEqualTo(versionsBefore);
    Assertions.assertThat(dossiers.version(person, versionsBefore, "admin", "test").data()
        .path("employingUnitId").asText()).as("versions keep their unit").isNotEqualTo(receiving);
    Assertions.assertThat(dossiers.history(person, "admin", "test")).extracting(h -> h.action())
        .contains(HistoryAction.UNIT_CHANGE);
    ProcessInstance declaration = runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DOSSIER_DECLARATION).processInstanceBusinessKey(person).singleResult();
    Assertions.assertThat(runtime.getVariable(declaration.getId(), ProcessVariables.UNIT_ID)).isEqualTo(receiving);

    // the new focal officer sees the dossier and the task, the old one no longer does (API and /engine-rest)
    mvc.perform(get("/api/dossiers/{cccd}", person).with(httpBasic(newFocal, TestEmployees.PASSWORD)))
        .andExpect(status().isOk());
    mvc.perform(get("/api/dossiers/{cccd}", person).with(httpBasic(oldFocal, TestEmployees.PASSWORD)))
        .andExpect(status().isForbidden());
    Assertions.assertThat(engineTasks(newFocal)).extracting(t -> t.path("taskDefinitionKey").asText())
        .containsExactly(VERIFY);
    Assertions.assertThat(engineTasks(oldFocal)).isEmpty();
    Assertions.assertThat(tasks.getIdentityLinksForTask(driver.currentTask(person).getId()))
        .extracting(link -> link.getGroupId()).contains(UnitGroups.focal(receiving))
        .doesNotContain(UnitGroups.focal(releasing));
  }

  @Test
  void returnsTheCaseToTheReleasingUnitWhenTheReceivingUnitSendsItBack() throws Exception {
    decide(oldFocal, organisation.today()).andExpect(status().isCreated());
    ProcessInstance transfer = transferOf(person);
    completeAs(oldFocal, releasing, transfer, Map.of());

    completeAs(newFocal, receiving, transfer, Map.of(ProcessVariables.DECISION, "return",
        ProcessVariables.NOTE, "Thiếu bản sao quyết định nâng lương"));

    assertThat(transfer).hasPassed(RETURN).isWaitingAt(HAND_OVER);
    Assertions.assertThat(tasks.getVariable(BpmnAwareTests.task(transfer).getId(), ProcessVariables.NOTE))
        .isEqualTo("Thiếu bản sao quyết định nâng lương");
    String transferId = (String) runtime.getVariable(transfer.getId(), ProcessVariables.TRANSFER_ID);
    Assertions.assertThat(transfers.transfer(transferId).orElseThrow().status()).isEqualTo(TransferStatus.DECIDED);
    Assertions.assertThat(organisation.account(person).orElseThrow().unitId()).isEqualTo(releasing);
  }

  @Test
  void refusesToSendBackWithoutANoteAndKeepsTheTask() throws Exception {
    decide(oldFocal, organisation.today()).andExpect(status().isCreated());
    ProcessInstance transfer = transferOf(person);
    completeAs(oldFocal, releasing, transfer, Map.of());

    Assertions.assertThatThrownBy(() -> completeAs(newFocal, receiving, transfer,
        Map.of(ProcessVariables.DECISION, "return"))).hasMessageContaining("approve");

    assertThat(transfer).isWaitingAt(ACCEPT);
  }

  @Test
  void refusesTheDecisionOutsideTheReleasingUnitOrWithoutItsScan() throws Exception {
    decide(newFocal, organisation.today()).andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("transferForbidden"))
        .andExpect(jsonPath("$.titleVi").exists()).andExpect(jsonPath("$.titleEn").exists());
    mvc.perform(multipart("/api/transfers").file(transferPart(organisation.today()))
            .file(new MockMultipartFile("decision", "qd.txt", "text/plain", "không phải bản quét".getBytes()))
            .with(httpBasic(oldFocal, TestEmployees.PASSWORD)))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("attachmentType"));
    Assertions.assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.TRANSFER_BETWEEN_UNITS)
        .processInstanceBusinessKey(person).count()).isZero();
    decide(oldFocal, organisation.today()).andExpect(status().isCreated());
    decide(oldFocal, organisation.today()).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("transferOpen"));
  }

  private String officer(String username, String name, String unitId) {
    Account account = new Account(username, name, unitId, Set.of(Role.FOCAL_OFFICER));
    organisation.addAccount(account);
    identities.provision(account, TestEmployees.PASSWORD);
    return username;
  }

  private ResultActions decide(String user, LocalDate effective) throws Exception {
    return mvc.perform(multipart("/api/transfers").file(transferPart(effective))
        .file(new MockMultipartFile("decision", "qd-chuyen-cong-tac.pdf", "application/pdf",
            "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1)))
        .with(httpBasic(user, TestEmployees.PASSWORD)));
  }

  private MockMultipartFile transferPart(LocalDate effective) throws Exception {
    String body = json.writeValueAsString(Map.of("username", person, "toUnitId", receiving,
        "effectiveDate", effective.toString(), "decisionNumber", "QĐ 45/QĐ-UBND", "positionName",
        "Chuyên viên chính"));
    return new MockMultipartFile("transfer", "", MediaType.APPLICATION_JSON_VALUE,
        body.getBytes(StandardCharsets.UTF_8));
  }

  private ProcessInstance transferOf(String username) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.TRANSFER_BETWEEN_UNITS)
        .processInstanceBusinessKey(username).active().singleResult();
  }

  private void completeAs(String user, String unitId, ProcessInstance instance, Map<String, Object> values) {
    Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    identity.setAuthentication(user, List.of(UnitGroups.focal(unitId), UnitGroups.FOCAL_OFFICERS));
    try {
      tasks.complete(task.getId(), values);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The person's open tasks as {@code user} sees them through /engine-rest (Camunda's authorizations apply). */
  private List<JsonNode> engineTasks(String user) throws Exception {
    HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/engine-rest/task?processInstanceBusinessKey=" + person))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + TestEmployees.PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    Assertions.assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    List<JsonNode> found = new ArrayList<>();
    json.readTree(answer.body()).forEach(found::add);
    return found;
  }
}
