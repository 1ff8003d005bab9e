package vn.gov.hoso.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
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
import org.springframework.context.annotation.Import;
import vn.gov.hoso.accounts.AccountDirectory;
import vn.gov.hoso.accounts.AccountService;
import vn.gov.hoso.accounts.NewRecruitment;
import vn.gov.hoso.accounts.RecruitmentStatus;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.DossierStatus;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Role;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.Recruitments;
import vn.gov.hoso.support.TestEmployees;

/**
 * {@code account-provisioning} with the real BPMN, delegates, forms, deadlines and database: one test per path. The
 * process starts the way the API starts it (a recruitment decision received by the focal officer of Sở Tài chính).
 */
@IntegrationTest
@Import({TestEmployees.class, Recruitments.class})
class AccountProvisioningProcessIT {

  static final String CONFIRM = "ConfirmAccountUserTask";
  static final String RECORD = "RecordRecruitmentDecisionServiceTask";
  static final String CREATE = "CreateAccountServiceTask";
  static final String OPEN = "OpenDossierServiceTask";
  static final String CREATED = "AccountCreatedEndEvent";
  static final String REJECTED = "RecruitmentRejectedEndEvent";
  static final String OVERDUE = "ConfirmationOverdueBoundaryEvent";
  static final String ESCALATION = "ConfirmationEscalationBoundaryEvent";
  static final String REMIND = "RemindConfirmationOverdueUserTask";
  static final String ESCALATE = "EscalateConfirmationOverdueUserTask";
  static final String DECLARE = "DeclareDossierUserTask";
  static final String STC_FOCAL_OFFICER = "stc.daumoi";
  /** Monday 1 February 2027, before Tết (forecast break 4–10 February). */
  static final String BEFORE_TET_2027 = "2027-02-01T09:00:00+07:00";
  /** 24:00 of Monday 15 February 2027: five working days after 1 February (2, 3, 11, 12, 15). */
  static final Instant CONFIRMATION_DUE = OffsetDateTime.parse("2027-02-16T00:00:00+07:00").toInstant();
  /** 24:00 of Monday 8 March 2027: five working days after Monday 1 March. */
  static final Instant DECLARATION_DUE_FROM_1_MARCH = OffsetDateTime.parse("2027-03-09T00:00:00+07:00").toInstant();

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired AccountService accounts;
  @Autowired AccountDirectory directory;
  @Autowired OrganisationService organisation;
  @Autowired DossierService dossiers;
  @Autowired Recruitments recruitments;

  NewRecruitment recruitment;
  String recruitmentId;
  ProcessInstance instance;

  @BeforeEach
  void receiveRecruitmentDecision() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(BEFORE_TET_2027).toInstant()));
    recruitment = recruitments.aNewCivilServant("STC-NS", "Lương Thị Tuyển Dụng");
    recruitmentId = recruitments.receive(recruitment, STC_FOCAL_OFFICER).id();
    instance = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.ACCOUNT_PROVISIONING)
        .processInstanceBusinessKey(recruitment.citizenId()).singleResult();
  }

  @AfterEach
  void signOutAndResetEngineClock() {
    identity.clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void waitsForFocalOfficersOfTheUnitWithDeadlineFromDecisionTableWhenDecisionIsReceived() {
    assertThat(instance).isStarted().isWaitingAt(CONFIRM);
    Task confirm = task(instance);
    assertThat(confirm).hasCandidateGroup("focal-STC-NS").hasCandidateGroup("focal-STC").isNotAssigned();
    Assertions.assertThat(confirm.getDueDate().toInstant()).isEqualTo(CONFIRMATION_DUE);
    Assertions.assertThat(tasks.getVariableLocal(confirm.getId(), "employeeName")).isEqualTo("Lương Thị Tuyển Dụng");
    Assertions.assertThat(tasks.getVariableLocal(confirm.getId(), "documentLink"))
        .isEqualTo("/api/recruitments/" + recruitmentId + "/decision");
    Assertions.assertThat(organisation.account(recruitment.citizenId())).isEmpty();
  }

  @Test
  void createsAccountWithoutPasswordAndStartsDeclarationWithItsOwnDeadlineWhenConfirmed() {
    confirm(Map.of("decision", "approve"));
    assertThat(instance).hasPassed(RECORD).isWaitingAt(CREATE);
    Assertions.assertThat(job(instance).getRetries()).isEqualTo(5);

    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2027-03-01T10:00:00+07:00").toInstant()));
    execute(job(instance));

    assertThat(instance).hasPassed(CREATE, OPEN).isEnded().hasPassed(CREATED);
    String cccd = recruitment.citizenId();
    Assertions.assertThat(organisation.account(cccd)).hasValueSatisfying(a -> {
      Assertions.assertThat(a.unitId()).isEqualTo("STC-NS");
      Assertions.assertThat(a.roles()).containsExactly(Role.EMPLOYEE);
    });
    Assertions.assertThat(directory.hasPassword(cccd)).isFalse();
    Assertions.assertThat(identity.createUserQuery().userId(cccd).count()).isZero();
    Assertions.assertThat(accounts.recruitment(recruitmentId).status()).isEqualTo(RecruitmentStatus.ACCOUNT_CREATED);
    ProcessInstance declaration = runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DOSSIER_DECLARATION).processInstanceBusinessKey(cccd).singleResult();
    assertThat(declaration).isWaitingAt(DECLARE);
    assertThat(task(declaration)).isAssignedTo(cccd);
    Assertions.assertThat(task(declaration).getDueDate().toInstant()).isEqualTo(DECLARATION_DUE_FROM_1_MARCH);
    Assertions.assertThat(dossiers.formDraft(cccd).status()).isEqualTo(DossierStatus.DRAFT);
    Assertions.assertThat(dossiers.formDraft(cccd).fullName()).isEqualTo("Lương Thị Tuyển Dụng");
  }

  @Test
  void endsWithoutAccountWhenFocalOfficerRejectsWithNote() {
    confirm(Map.of("decision", "reject", "note", "Ngày sinh không khớp quyết định"));

    assertThat(instance).hasPassed(RECORD).isEnded().hasPassed(REJECTED).hasNotPassed(CREATE);
    Assertions.assertThat(organisation.account(recruitment.citizenId())).isEmpty();
    Assertions.assertThat(accounts.recruitment(recruitmentId).status()).isEqualTo(RecruitmentStatus.REJECTED);
    Assertions.assertThat(accounts.recruitment(recruitmentId).note()).isEqualTo("Ngày sinh không khớp quyết định");
  }

  @Test
  void refusesRejectionWithoutNoteAndKeepsTheTask() {
    Assertions.assertThatThrownBy(() -> confirm(Map.of("decision", "reject")))
        .isInstanceOf(ProcessEngineException.class);

    assertThat(instance).isWaitingAt(CONFIRM);
    Assertions.assertThat(accounts.recruitment(recruitmentId).status()).isEqualTo(RecruitmentStatus.RECEIVED);
  }

  @Test
  void refusesCompletionThatPointsTheProcessAtAnotherRecruitment() {
    Assertions.assertThatThrownBy(() -> confirm(Map.of("decision", "approve", "unitId", "TH-HN")))
        .isInstanceOf(ProcessEngineException.class);

    assertThat(instance).isWaitingAt(CONFIRM);
  }

  @Test
  void remindsHeadsAtDueDateAndTellsSuperiorUnitLaterWhenNobodyConfirms() {
    Job overdue = timer(OVERDUE);
    Assertions.assertThat(overdue.getDuedate().toInstant()).isEqualTo(CONFIRMATION_DUE);
    execute(overdue);
    Task remind = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(REMIND).singleResult();
    assertThat(remind).hasCandidateGroup("head-STC-NS");
    Assertions.assertThat(tasks.getVariable(remind.getId(), "overdueDueDay")).isEqualTo("15/02/2027");

    execute(timer(ESCALATION));
    Task escalate =
        tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(ESCALATE).singleResult();
    assertThat(escalate).hasCandidateGroup("focal-STC").hasCandidateGroup("head-STC");

    confirm(Map.of("decision", "approve"));
    Assertions.assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void keepsOnlyCataloguedVariablesInHistory() {
    confirm(Map.of("decision", "approve"));
    execute(job(instance));

    List<String> names = history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list()
        .stream().map(HistoricVariableInstance::getName).toList();
    Assertions.assertThat(names).isNotEmpty().allMatch(ProcessVariables.HISTORISED::contains)
        .doesNotContain("employeeName", "dateOfBirth", "decisionNumber");
  }

  private void confirm(Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(CONFIRM).singleResult();
    List<String> candidates = tasks.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId).toList();
    Assertions.assertThat(candidates).contains("focal-STC");
    identity.setAuthentication(STC_FOCAL_OFFICER, List.of("focal-STC", "focal-officers"));
    try {
      tasks.claim(task.getId(), STC_FOCAL_OFFICER);
      tasks.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  private Job timer(String activityId) {
    return management.createJobQuery().processInstanceId(instance.getId()).timers().activityId(activityId)
        .singleResult();
  }
}
