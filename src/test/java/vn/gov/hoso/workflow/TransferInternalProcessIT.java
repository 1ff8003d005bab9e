package vn.gov.hoso.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
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
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.TestEmployees;
import vn.gov.hoso.workflow.identity.IdentityAdministration;

/**
 * {@code transfer-internal} with the real BPMN, delegates and database: a fresh unit with two departments and its own
 * focal officer; a person of the first department moves to the second.
 */
@IntegrationTest
class TransferInternalProcessIT {

  static final String CONFIRM = "ConfirmInternalTransferUserTask";
  static final String COMPLETE = "CompleteInternalTransferServiceTask";
  static final String DONE = "InternalTransferDoneEndEvent";
  static final String CANCEL = "CancelInternalTransferServiceTask";
  static final String CANCELLED = "InternalTransferCancelledEndEvent";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired OrganisationService organisation;
  @Autowired IdentityAdministration identities;
  @Autowired TransferService transfers;
  @Autowired DossierService dossiers;
  @Autowired WorkingCalendar calendar;
  @Autowired TestEmployees employees;
  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;

  @Value("${hoso.demo.password}")
  String demoPassword;

  String unit;
  String planning;
  String finance;
  String focal;
  String person;

  @BeforeEach
  void aUnitWithTwoDepartments() {
    BpmnAwareTests.init(engine);
    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    unit = "SKH-" + suffix;
    planning = "SKH-QH-" + suffix;
    finance = "SKH-TC-" + suffix;
    organisation.addUnit(new NewUnit(unit, "H33.50." + suffix, "Sở Kế hoạch " + suffix, "HY", UnitTier.DEPARTMENT,
        "SO"));
    organisation.addUnit(new NewUnit(planning, "H33.50.01." + suffix, "Phòng Quy hoạch " + suffix, unit,
        UnitTier.BASE, "PHONG"));
    organisation.addUnit(new NewUnit(finance, "H33.50.02." + suffix, "Phòng Tài chính " + suffix, unit,
        UnitTier.BASE, "PHONG"));
    focal = "skh.daumoi." + suffix.toLowerCase();
    Account officer = new Account(focal, "Tôn Thị Đầu Mối", unit, Set.of(Role.FOCAL_OFFICER));
    organisation.addAccount(officer);
    identities.provision(officer, TestEmployees.PASSWORD);
    person = employees.recruitWoman1985(planning, "Khúc Thị Điều");
  }

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void movesThePersonToTheOtherDepartmentWhenTheFocalOfficerConfirms() throws Exception {
    decide(focal, finance).andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("INTERNAL"));
    ProcessInstance transfer = transferOf(person);

    assertThat(transfer).isWaitingAt(CONFIRM);
    assertThat(BpmnAwareTests.task(transfer)).hasCandidateGroup(UnitGroups.focal(unit))
        .hasDueDate(Date.from(calendar.endOfDay(calendar.addWorkingDays(organisation.today(), 10))));
    complete(transfer, Map.of(ProcessVariables.DECISION, "approve"));

    assertThat(transfer).hasPassed(COMPLETE).isEnded().hasPassed(DONE);
    Assertions.assertThat(organisation.account(person).orElseThrow().unitId()).isEqualTo(finance);
    JsonNode data = dossiers.read(person, focal, "test").data();
    Assertions.assertThat(data.path("employingUnitId").asText()).isEqualTo(finance);
    JsonNode rows = data.path("workHistory");
    Assertions.assertThat(rows.get(rows.size() - 1).path("unit").asText()).startsWith("Phòng Tài chính");
    Assertions.assertThat(dossiers.history(person, focal, "test")).extracting(h -> h.action())
        .contains(HistoryAction.UNIT_CHANGE);
    ProcessInstance declaration = runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DOSSIER_DECLARATION).processInstanceBusinessKey(person).singleResult();
    Assertions.assertThat(runtime.getVariable(declaration.getId(), ProcessVariables.UNIT_ID)).isEqualTo(finance);
  }

  @Test
  void keepsThePersonWhereTheyAreWhenTheFocalOfficerRefusesWithANote() throws Exception {
    String answer = decide(focal, finance).andExpect(status().isCreated()).andReturn().getResponse()
        .getContentAsString();
    ProcessInstance transfer = transferOf(person);

    complete(transfer, Map.of(ProcessVariables.DECISION, "reject", ProcessVariables.NOTE, "Phòng chưa có chỉ tiêu"));

    assertThat(transfer).hasPassed(CANCEL).isEnded().hasPassed(CANCELLED);
    Assertions.assertThat(organisation.account(person).orElseThrow().unitId()).isEqualTo(planning);
    Assertions.assertThat(transfers.transfer(json.readTree(answer).get("id").asText()).orElseThrow())
        .extracting(t -> t.status(), t -> t.note())
        .containsExactly(TransferStatus.CANCELLED, "Phòng chưa có chỉ tiêu");
    // a cancelled transfer is not open any more: a new decision is accepted
    decide(focal, finance).andExpect(status().isCreated());
  }

  @Test
  void refusesARefusalWithoutANoteAndKeepsTheTask() throws Exception {
    decide(focal, finance).andExpect(status().isCreated());
    ProcessInstance transfer = transferOf(person);

    Assertions.assertThatThrownBy(() -> complete(transfer, Map.of(ProcessVariables.DECISION, "reject")))
        .hasMessageContaining("approve");
    Assertions.assertThatThrownBy(() -> complete(transfer, Map.of())).hasMessageContaining("reject");

    assertThat(transfer).isWaitingAt(CONFIRM);
    Assertions.assertThat(organisation.account(person).orElseThrow().unitId()).isEqualTo(planning);
  }

  @Test
  void refusesAMoveOutsideTheUnitOrByAnOfficerOfAnotherUnit() throws Exception {
    decide(focal, "STC-NS").andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("transferInvalid"));
    decide("th.daumoi", finance).andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("transferForbidden"));
    Assertions.assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.TRANSFER_INTERNAL)
        .processInstanceBusinessKey(person).count()).isZero();
  }

  private ResultActions decide(String user, String toUnitId) throws Exception {
    String password = user.startsWith("th.") ? demoPassword : TestEmployees.PASSWORD;
    Map<String, Object> body = new HashMap<>(Map.of("username", person, "toUnitId", toUnitId,
        "effectiveDate", organisation.today().toString(), "positionName", "Chuyên viên"));
    return mvc.perform(post("/api/transfers/internal").with(httpBasic(user, password))
        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
  }

  private ProcessInstance transferOf(String username) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.TRANSFER_INTERNAL)
        .processInstanceBusinessKey(username).active().singleResult();
  }

  private void complete(ProcessInstance instance, Map<String, Object> values) {
    Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    identity.setAuthentication(focal, List.of(UnitGroups.focal(unit), UnitGroups.FOCAL_OFFICERS));
    try {
      tasks.complete(task.getId(), values);
    } finally {
      identity.clearAuthentication();
    }
  }
}
