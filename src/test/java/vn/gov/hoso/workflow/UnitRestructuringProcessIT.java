package vn.gov.hoso.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
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
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gov.hoso.calendar.WorkingCalendar;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.HistoryAction;
import vn.gov.hoso.organisation.Account;
import vn.gov.hoso.organisation.DatedUnit;
import vn.gov.hoso.organisation.NewUnit;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Rehoming;
import vn.gov.hoso.organisation.RestructuringService;
import vn.gov.hoso.organisation.UnitEventKind;
import vn.gov.hoso.organisation.UnitTier;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.TestEmployees;

/**
 * {@code unit-restructuring} and {@code staff-rehoming} with the real BPMN, delegates, forms and database. Each test
 * builds two fresh offices under Sở Tài chính (so the demo tree stays as it is for the other tests), recruits people
 * there, and merges them through the API as the Sở Nội vụ administrator; the processes are then driven as Tasklist
 * drives them, until nobody is left in a closed unit.
 */
@IntegrationTest
@Import(TestEmployees.class)
class UnitRestructuringProcessIT {

  static final String WAIT = "EffectiveDateTimerEvent";
  static final String APPLY = "ApplyRestructuringServiceTask";
  static final String APPLIED = "RestructuringAppliedEndEvent";
  static final String CONFIRM = "ConfirmNewUnitUserTask";
  static final String RECORD_PROPOSAL = "RecordRehomingProposalServiceTask";
  static final String APPROVE = "ApproveNewUnitUserTask";
  static final String COMPLETE = "CompleteRehomingServiceTask";
  static final String OFFICER_PROPOSAL = "RecordOfficerProposalServiceTask";
  static final String REHOMED = "StaffRehomedEndEvent";
  static final String STC_FOCAL_OFFICER = "stc.daumoi";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired OrganisationService organisation;
  @Autowired RestructuringService restructurings;
  @Autowired DossierService dossiers;
  @Autowired WorkingCalendar calendar;
  @Autowired TestEmployees employees;
  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;

  @Value("${hoso.demo.password}")
  String demoPassword;

  String closing;
  String receiving;
  String hoa;
  String lan;

  @BeforeEach
  void twoOfficesWithStaff() {
    BpmnAwareTests.init(engine);
    String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    closing = "KT-" + suffix;
    receiving = "TV-" + suffix;
    organisation.addUnit(new NewUnit(closing, "H33.12.K" + suffix, "Phòng Kiểm tra " + suffix, "STC", UnitTier.BASE,
        "PHONG"));
    organisation.addUnit(new NewUnit(receiving, "H33.12.T" + suffix, "Phòng Thẩm định " + suffix, "STC",
        UnitTier.BASE, "PHONG"));
    hoa = employees.recruitWoman1985(closing, "Lý Thị Hoa");
    lan = employees.recruitWoman1985(closing, "Mạc Thị Lan");
    employees.recruitWoman1985(receiving, "Cao Thị Nga");
  }

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void rehomesEveryoneAndLeavesNobodyInTheClosedUnitWhenTwoUnitsMerge() throws Exception {
    ProcessInstance restructuring = decideMerge(organisation.today());

    assertThat(restructuring).isWaitingAt(WAIT);
    Assertions.assertThat(organisation.isOpen(closing)).as("nothing changes before the timer fires").isTrue();
    executeTimer(restructuring);

    assertThat(restructuring).hasPassed(APPLY).isEnded().hasPassed(APPLIED);
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceId(restructuring.getId()).count())
        .isZero();
    Assertions.assertThat(organisation.isOpen(closing)).isFalse();
    Assertions.assertThat(organisation.events(closing)).extracting(e -> e.kind(), e -> e.successorId())
        .containsExactly(Assertions.tuple(UnitEventKind.MERGED_INTO, receiving));
    mvc.perform(get("/api/units/{id}/people-to-rehome", closing).with(officer(STC_FOCAL_OFFICER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].proposedUnitId").value(receiving))
        .andExpect(jsonPath("$[0].status").value("OPEN"));

    for (String person : List.of(hoa, lan)) {
      ProcessInstance rehoming = rehomingOf(person);
      assertThat(rehoming).isWaitingAt(CONFIRM);
      assertThat(BpmnAwareTests.task(rehoming)).isAssignedTo(person)
          .hasDueDate(Date.from(calendar.endOfDay(calendar.addWorkingDays(organisation.today(), 5))));
      completeAs(person, person, Map.of(ProcessVariables.POSITION_NAME, "Chuyên viên thẩm định"));
      assertThat(rehoming).hasPassed(RECORD_PROPOSAL).isWaitingAt(APPROVE);
      assertThat(BpmnAwareTests.task(rehoming)).hasCandidateGroup(UnitGroups.focal(receiving))
          .hasCandidateGroup(UnitGroups.focal("STC"));
      completeAs(STC_FOCAL_OFFICER, person, Map.of(ProcessVariables.DECISION, "approve"));
      assertThat(rehoming).hasPassed(COMPLETE).isEnded().hasPassed(REHOMED);
    }

    for (String person : List.of(hoa, lan)) {
      Assertions.assertThat(organisation.account(person).orElseThrow().unitId()).isEqualTo(receiving);
      Assertions.assertThat(dossiers.formDraft(person).unitId()).isEqualTo(receiving);
      ProcessInstance declaration = runtime.createProcessInstanceQuery()
          .processDefinitionKey(ProcessKeys.DOSSIER_DECLARATION).processInstanceBusinessKey(person).singleResult();
      Assertions.assertThat(runtime.getVariable(declaration.getId(), ProcessVariables.UNIT_ID)).isEqualTo(receiving);
      Assertions.assertThat(dossiers.history(person, "admin", "test")).extracting(h -> h.action())
          .contains(HistoryAction.UNIT_CHANGE);
      Rehoming done = restructurings.rehomingsOf(person).get(0);
      Assertions.assertThat(done.status()).isEqualTo(Rehoming.DONE);
      Assertions.assertThat(done.fromUnitId()).isEqualTo(closing);
      Assertions.assertThat(done.positionName()).isEqualTo("Chuyên viên thẩm định");
      Assertions.assertThat(done.approvedBy()).isEqualTo(STC_FOCAL_OFFICER);
    }
    Assertions.assertThat(organisation.accountsInClosedUnits()).extracting(Account::username)
        .doesNotContain(hoa, lan);
    Assertions.assertThat(organisation.accountsInSubtree(closing)).isEmpty();
    Assertions.assertThat(dossiers.placements(organisation.unit(closing).orElseThrow())).isEmpty();
    mvc.perform(get("/api/units/{id}/people-to-rehome", closing).with(officer(STC_FOCAL_OFFICER)))
        .andExpect(jsonPath("$.length()").value(0));
    mvc.perform(get("/api/units/{id}/people-to-rehome?status=DONE", closing).with(officer(STC_FOCAL_OFFICER)))
        .andExpect(jsonPath("$.length()").value(2));
    LocalDate yesterday = organisation.today().minusDays(1);
    Assertions.assertThat(organisation.tree(yesterday, "STC")).extracting(DatedUnit::id).contains(closing);
    Assertions.assertThat(organisation.tree(organisation.today(), "STC")).extracting(DatedUnit::id)
        .doesNotContain(closing).contains(receiving);
    Assertions.assertThat(organisation.datedUnit(closing).orElseThrow().validTo()).isEqualTo(organisation.today());
  }

  @Test
  void sendsTheCaseBackToThePersonWhenTheFocalOfficerProposesAnotherUnit() throws Exception {
    executeTimer(decideMerge(organisation.today()));
    ProcessInstance rehoming = rehomingOf(hoa);
    completeAs(hoa, hoa, Map.of(ProcessVariables.POSITION_NAME, "Kế toán viên", ProcessVariables.NOTE,
        "Đề nghị bố trí về Phòng Quản lý ngân sách"));

    completeAs(STC_FOCAL_OFFICER, hoa, Map.of(ProcessVariables.DECISION, "propose",
        ProcessVariables.PROPOSED_UNIT_ID, "STC-NS"));

    assertThat(rehoming).hasPassed(OFFICER_PROPOSAL).isWaitingAt(CONFIRM);
    Assertions.assertThat(restructurings.rehomingsOf(hoa).get(0).proposedUnitId()).isEqualTo("STC-NS");
    Assertions.assertThat(tasks.getVariableLocal(BpmnAwareTests.task(rehoming).getId(),
        ProcessVariables.PROPOSED_UNIT_NAME)).isEqualTo("Phòng Quản lý ngân sách");
    completeAs(hoa, hoa, Map.of(ProcessVariables.POSITION_NAME, "Chuyên viên quản lý ngân sách"));
    assertThat(BpmnAwareTests.task(rehoming)).hasCandidateGroup(UnitGroups.focal("STC-NS"));
    completeAs(STC_FOCAL_OFFICER, hoa, Map.of(ProcessVariables.DECISION, "approve"));

    assertThat(rehoming).isEnded().hasPassed(REHOMED);
    Assertions.assertThat(organisation.account(hoa).orElseThrow().unitId()).isEqualTo("STC-NS");
    Assertions.assertThat(dossiers.formDraft(hoa).unitId()).isEqualTo("STC-NS");
  }

  @Test
  void refusesProposalOfAClosedUnitAndKeepsTheTaskOpen() throws Exception {
    executeTimer(decideMerge(organisation.today()));
    ProcessInstance rehoming = rehomingOf(lan);
    completeAs(lan, lan, Map.of(ProcessVariables.POSITION_NAME, "Chuyên viên"));

    Assertions.assertThatThrownBy(() -> completeAs(STC_FOCAL_OFFICER, lan,
            Map.of(ProcessVariables.DECISION, "propose", ProcessVariables.PROPOSED_UNIT_ID, closing)))
        .hasMessageContaining(closing);

    assertThat(rehoming).isWaitingAt(APPROVE);
    Assertions.assertThat(restructurings.rehomingsOf(lan).get(0).proposedUnitId()).isEqualTo(receiving);
  }

  @Test
  void refusesCompletionThatPointsAtAnotherPersonsRehoming() throws Exception {
    executeTimer(decideMerge(organisation.today()));
    String other = restructurings.rehomingsOf(lan).get(0).id();

    Assertions.assertThatThrownBy(() -> completeAs(hoa, hoa, Map.of(ProcessVariables.REHOMING_ID, other,
        ProcessVariables.POSITION_NAME, "Chuyên viên"))).hasMessageContaining("rehomingId");

    assertThat(rehomingOf(hoa)).isWaitingAt(CONFIRM);
  }

  @Test
  void waitsUntilTheEffectiveDateWhenTheDecisionTakesEffectLater() throws Exception {
    LocalDate later = organisation.today().plusDays(30);
    ProcessInstance restructuring = decideMerge(later);

    assertThat(restructuring).isWaitingAt(WAIT);
    Assertions.assertThat(management.createJobQuery().processInstanceId(restructuring.getId()).singleResult()
        .getDuedate()).isEqualTo(Date.from(later.atStartOfDay(WorkingCalendar.ZONE).toInstant()));
    Assertions.assertThat(organisation.isOpen(closing)).isTrue();
    Assertions.assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.STAFF_REHOMING)
        .processInstanceBusinessKey(hoa).count()).isZero();
  }

  @Test
  void refusesRestructuringByAFocalOfficerWithAProblemInBothLanguages() throws Exception {
    mvc.perform(post("/api/units/restructurings").with(officer(STC_FOCAL_OFFICER))
            .contentType(MediaType.APPLICATION_JSON).content(mergeBody(organisation.today())))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("administratorOnly"))
        .andExpect(jsonPath("$.titleVi").value("Chỉ dành cho quản trị Sở Nội vụ"))
        .andExpect(jsonPath("$.titleEn").value("Administrators only"));
    Assertions.assertThat(organisation.isOpen(closing)).isTrue();
  }

  @Test
  void refusesMergeIntoAClosedOrUnknownUnitWithABadRequest() throws Exception {
    String body = mergeBody(organisation.today()).replace(receiving, "KHONG-CO");
    mvc.perform(post("/api/units/restructurings").with(officer("admin"))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("unitNotFound"))
        .andExpect(jsonPath("$.titleVi").exists());
  }

  private ProcessInstance decideMerge(LocalDate effective) throws Exception {
    String answer = mvc.perform(post("/api/units/restructurings").with(officer("admin"))
            .contentType(MediaType.APPLICATION_JSON).content(mergeBody(effective)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("DECIDED"))
        .andReturn().getResponse().getContentAsString();
    String id = json.readTree(answer).get("id").asText();
    return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.UNIT_RESTRUCTURING)
        .processInstanceBusinessKey(id).singleResult();
  }

  private String mergeBody(LocalDate effective) {
    return """
        {"operation":"MERGE","unitIds":["%s"],"targetUnitId":"%s","effectiveDate":"%s",
         "decisionNumber":"QĐ 99/QĐ-UBND"}""".formatted(closing, receiving, effective);
  }

  private void executeTimer(ProcessInstance instance) {
    management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).singleResult().getId());
  }

  private ProcessInstance rehomingOf(String person) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.STAFF_REHOMING)
        .processInstanceBusinessKey(person).singleResult();
  }

  /** Completes the open task of {@code person}'s re-homing as {@code user}, with the form's values. */
  private void completeAs(String user, String person, Map<String, Object> values) {
    Task task = tasks.createTaskQuery().processInstanceId(rehomingOf(person).getId()).singleResult();
    identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
        .map(group -> group.getId()).toList());
    try {
      tasks.complete(task.getId(), values);
    } finally {
      identity.clearAuthentication();
    }
  }

  private RequestPostProcessor officer(String username) {
    return httpBasic(username, demoPassword);
  }

}
