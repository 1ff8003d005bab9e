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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.hoso.calendar.WorkingCalendar;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.MovableClock;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.DossierView;
import vn.gov.hoso.dossier.EmploymentStatus;
import vn.gov.hoso.dossier.HistoryAction;
import vn.gov.hoso.dossier.HistoryEntry;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.support.DeclarationDriver;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.SignedVersions;
import vn.gov.hoso.support.TestEmployees;
import vn.gov.hoso.workflow.delegate.TaskFormRejectedException;

/**
 * {@code exit} with the real BPMN, DMN, forms, delegates and database: the focal officer of Sở Tài chính posts the
 * decision on the API, records the status in Tasklist within the deadline; a final exit archives the dossier (every
 * write refused, still readable by the officers and the Sở Nội vụ, signatures still valid) and disables the account; a
 * secondment limits the person until the return timer brings them back.
 */
@IntegrationTest
class ExitProcessIT {

  static final String OPEN = "OpenExitServiceTask";
  static final String RECORD_TASK = "RecordExitUserTask";
  static final String RECORD = "RecordExitServiceTask";
  static final String DISABLE = "DisableLeaverAccountServiceTask";
  static final String ARCHIVED_END = "DossierArchivedEndEvent";
  static final String CANCELLED_END = "ExitCancelledEndEvent";
  static final String HAND_OVER = "HandOverSecondedTasksServiceTask";
  static final String RETURN_TIMER = "SecondmentReturnTimerEvent";
  static final String END_SECONDMENT = "EndSecondmentServiceTask";
  static final String SECONDMENT_END = "SecondmentEndedEndEvent";
  static final String OVERDUE = "RecordExitOverdueBoundaryEvent";
  static final String REMIND = "RemindRecordExitOverdueUserTask";
  static final String ESCALATION = "RecordExitEscalationBoundaryEvent";
  static final String ESCALATE = "EscalateRecordExitOverdueUserTask";
  static final String FOCAL = "stc.daumoi";
  static final List<String> FOCAL_GROUPS = List.of("focal-STC", "focal-officers");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired ManagementService management;
  @Autowired WorkingCalendar calendar;
  @Autowired MovableClock clock;
  @Autowired DossierService dossiers;
  @Autowired OrganisationService organisation;
  @Autowired TestEmployees employees;
  @Autowired DeclarationDriver driver;
  @Autowired SignedVersions signed;
  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;

  @Value("${hoso.demo.password}")
  String demoPassword;

  final LocalDate yesterday = LocalDate.now(WorkingCalendar.ZONE).minusDays(1);

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetClocks() {
    ClockUtil.reset();
    clock.reset();
  }

  @Test
  void archivesTheDossierRefusesEveryWriteAndDisablesTheAccountWhenTheRetirementIsRecorded() throws Exception {
    String cccd = employees.recruit("STC-NS", "Phạm Văn Hưu", "Nam", LocalDate.of(1964, 5, 2), "Công chức");
    Assertions.assertThat(declaration(cccd)).as("the declaration runs").isNotNull();

    ProcessInstance exit = startExit(cccd, "retirement", null);

    assertThat(exit).hasPassed(OPEN).isWaitingAt(RECORD_TASK);
    Task task = recordTask(cccd);
    assertThat(task).hasCandidateGroup("focal-STC-NS").hasCandidateGroup("focal-STC");
    Date due = Date.from(calendar.endOfDay(calendar.addWorkingDays(yesterday, 5)));
    Assertions.assertThat(task.getDueDate()).isEqualTo(due);
    Assertions.assertThat(dossiers.read(cccd, "admin", "test").employmentStatus()).isEqualTo(EmploymentStatus.ACTIVE);

    record(cccd, "approve", "");

    assertThat(exit).hasPassed(RECORD);
    DossierView archived = dossiers.read(cccd, "admin", "test");
    Assertions.assertThat(archived.employmentStatus()).isEqualTo(EmploymentStatus.RETIRED);
    Assertions.assertThat(archived.archivedAt()).isNotNull();
    Assertions.assertThat(archived.data().get("employmentStatus").asText()).isEqualTo("Nghỉ hưu");
    Assertions.assertThat(declaration(cccd)).as("the declaration ended with the archive").isNull();
    Assertions.assertThat(history(cccd)).extracting(HistoryEntry::action).containsSubsequence(HistoryAction.OPEN,
        HistoryAction.EXIT_DECIDED, HistoryAction.EMPLOYMENT_STATUS, HistoryAction.ARCHIVE);

    executeJob(exit, DISABLE);

    assertThat(exit).hasPassed(DISABLE, ARCHIVED_END).isEnded();
    Assertions.assertThat(organisation.isActive(cccd)).as("account disabled").isFalse();
    Assertions.assertThatThrownBy(() -> dossiers.saveDraft(cccd, dossiers.formDraft(cccd).content(), cccd))
        .isInstanceOfSatisfying(BusinessException.class, e -> Assertions.assertThat(e.code()).isEqualTo("dossierArchived"));
    mvc.perform(post("/api/dossiers/{cccd}/unlock", cccd).with(user(FOCAL)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"reason\":\"Mở lại\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("dossierArchived"))
        .andExpect(jsonPath("$.titleVi").value("Hồ sơ đã lưu trữ"))
        .andExpect(jsonPath("$.titleEn").value("Dossier archived"));
    mvc.perform(post("/api/dossiers/{cccd}/exits", cccd).with(user(FOCAL)).contentType(MediaType.APPLICATION_JSON)
            .content(exitBody("death", null)))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("dossierArchived"));
    mvc.perform(get("/api/dossiers/{cccd}", cccd).with(user("snv.giamdoc")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.employmentStatusCode").value("RETIRED"))
        .andExpect(jsonPath("$.archivedAt").isNotEmpty());
    mvc.perform(get("/api/archive").param("kind", "retirement").param("q", cccd).with(user(FOCAL)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].cccd").value(cccd))
        .andExpect(jsonPath("$.items[0].employmentStatus").value("Nghỉ hưu"));
    mvc.perform(get("/api/archive").param("q", cccd).with(user("th.daumoi")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(0));
    mvc.perform(get("/api/archive").with(user("033187023456"))).andExpect(status().isForbidden());
  }

  @Test
  void recordsTheDecidedKindWhenTheCompletedFormSendsAnotherKindOrReturnDate() {
    String cccd = employees.recruit("STC-NS", "Hà Văn Kiên", "Nam", LocalDate.of(1966, 2, 14), "Công chức");
    ProcessInstance exit = startExit(cccd, "retirement", null);

    driver.as(FOCAL, FOCAL_GROUPS, () -> forms.submitTaskForm(recordTask(cccd).getId(),
        Map.of("decision", "approve", "note", "", "exitKind", "secondment", "returnDate", "2027-06-01")));

    assertThat(exit).hasPassed(RECORD);
    DossierView recorded = dossiers.read(cccd, "admin", "test");
    Assertions.assertThat(recorded.employmentStatus()).as("the kind of the decision, not of the form")
        .isEqualTo(EmploymentStatus.RETIRED);
    Assertions.assertThat(recorded.archivedAt()).isNotNull();
    Assertions.assertThat(runtime.getVariable(exit.getId(), ProcessVariables.EXIT_KIND)).isEqualTo("retirement");
    Assertions.assertThat(runtime.getVariable(exit.getId(), ProcessVariables.RETURN_DATE)).isNull();
  }

  @Test
  void keepsTheHeadsSignatureValidWhenADeceasedPersonsSignedDossierIsArchived() throws Exception {
    String cccd = signed.signedVersion("Đặng Thị Vĩnh Biệt");

    ProcessInstance exit = startExit(cccd, "death", null);
    record(cccd, "approve", "");
    executeJob(exit, DISABLE);

    assertThat(exit).hasPassed(RECORD, DISABLE, ARCHIVED_END).isEnded();
    Assertions.assertThat(dossiers.read(cccd, "admin", "test").employmentStatus())
        .isEqualTo(EmploymentStatus.DECEASED);
    mvc.perform(get("/api/dossiers/{cccd}/versions/1/signature", cccd).with(user("stc.thutruong")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.pdf.indication").value("TOTAL_PASSED"))
        .andExpect(jsonPath("$.data.indication").value("TOTAL_PASSED"));
    mvc.perform(get("/api/dossiers/{cccd}/versions/1/signature", cccd).with(user("admin")))
        .andExpect(status().isOk());
    Assertions.assertThatThrownBy(() -> dossiers.submit(cccd, cccd))
        .isInstanceOfSatisfying(BusinessException.class, e -> Assertions.assertThat(e.code()).isEqualTo("dossierArchived"));
  }

  @Test
  void limitsThePersonUntilTheReturnTimerBringsThemBackWhenSeconded() throws Exception {
    String cccd = employees.recruitWoman1985("STC-NS", "Vũ Thị Biệt Phái");
    LocalDate back = LocalDate.now(WorkingCalendar.ZONE).plusMonths(6);

    ProcessInstance exit = startExit(cccd, "secondment", back.toString());
    record(cccd, "approve", "");

    assertThat(exit).hasPassed(RECORD, HAND_OVER).isWaitingAt(RETURN_TIMER);
    Job timer = management.createJobQuery().processInstanceId(exit.getId()).activityId(RETURN_TIMER).timers()
        .singleResult();
    Assertions.assertThat(timer.getDuedate())
        .isEqualTo(Date.from(back.atStartOfDay(WorkingCalendar.ZONE).toInstant()));
    DossierView seconded = dossiers.read(cccd, "admin", "test");
    Assertions.assertThat(seconded.employmentStatus()).isEqualTo(EmploymentStatus.SECONDED);
    Assertions.assertThat(seconded.archivedAt()).as("a secondment is not archived").isNull();
    Assertions.assertThat(organisation.isActive(cccd)).as("the account stays, limited").isTrue();
    Assertions.assertThat(dossiers.read(cccd, cccd, "test").id()).as("still reads their dossier").isEqualTo(cccd);
    Assertions.assertThatThrownBy(() -> dossiers.saveDraft(cccd, dossiers.formDraft(cccd).content(), cccd))
        .isInstanceOfSatisfying(BusinessException.class, e -> Assertions.assertThat(e.code()).isEqualTo("dossierSeconded"));
    mvc.perform(post("/api/dossiers/{cccd}/exits", cccd).with(user(FOCAL)).contentType(MediaType.APPLICATION_JSON)
            .content(exitBody("retirement", null)))
        .andExpect(status().isCreated());
    String retirementId = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.EXIT)
        .processInstanceBusinessKey(cccd).list().stream().map(ProcessInstance::getId)
        .filter(id -> !id.equals(exit.getId())).findFirst().orElseThrow();
    runtime.deleteProcessInstance(retirementId, "test: the secondment returns first");

    management.executeJob(timer.getId());

    assertThat(exit).hasPassed(RETURN_TIMER, END_SECONDMENT, SECONDMENT_END).isEnded();
    Assertions.assertThat(dossiers.read(cccd, "admin", "test").employmentStatus()).isEqualTo(EmploymentStatus.ACTIVE);
    Assertions.assertThat(dossiers.formDraft(cccd).content().get("employmentStatus").asText())
        .isEqualTo("Đang công tác");
    dossiers.saveDraft(cccd, dossiers.formDraft(cccd).content(), cccd);
    Assertions.assertThat(history(cccd)).extracting(HistoryEntry::action).containsSubsequence(
        HistoryAction.EMPLOYMENT_STATUS, HistoryAction.SECONDMENT_END, HistoryAction.SAVE_DRAFT);
  }

  @Test
  void remindsTheHeadsAndThenTheSuperiorUnitWhenTheStatusIsNotRecordedInTime() {
    String cccd = employees.recruitWoman1985("STC-NS", "Lê Thị Quá Hạn");
    ProcessInstance exit = startExit(cccd, "resignation", null);

    executeJob(exit, OVERDUE);
    assertThat(exit).isWaitingAt(RECORD_TASK, REMIND);
    assertThat(task(cccd, REMIND)).hasCandidateGroup("head-STC-NS").hasCandidateGroup("head-STC");

    executeJob(exit, ESCALATION);
    assertThat(task(cccd, ESCALATE)).hasCandidateGroup("focal-STC").hasCandidateGroup("head-STC");

    record(cccd, "approve", "");
    assertThat(exit).hasPassed(RECORD);
    Assertions.assertThat(tasks.createTaskQuery().processInstanceId(exit.getId()).count())
        .as("the reminders close with the recording").isZero();
    Assertions.assertThat(dossiers.read(cccd, "admin", "test").employmentStatus()).isEqualTo(EmploymentStatus.RESIGNED);
  }

  @Test
  void endsWithoutEffectWhenTheFocalOfficerCancelsAWrongDismissal() {
    String cccd = employees.recruitWoman1985("STC-NS", "Trịnh Thị Bị Hủy");
    ProcessInstance exit = startExit(cccd, "dismissal", null);

    Assertions.assertThatThrownBy(() -> record(cccd, "reject", ""))
        .as("a cancellation needs a note").isInstanceOf(TaskFormRejectedException.class);
    record(cccd, "reject", "Quyết định bị thu hồi");

    assertThat(exit).hasPassed(RECORD, CANCELLED_END).isEnded();
    DossierView dossier = dossiers.read(cccd, "admin", "test");
    Assertions.assertThat(dossier.employmentStatus()).isEqualTo(EmploymentStatus.ACTIVE);
    Assertions.assertThat(dossier.archivedAt()).isNull();
    Assertions.assertThat(organisation.isActive(cccd)).isTrue();
    Assertions.assertThat(history(cccd)).extracting(HistoryEntry::action).contains(HistoryAction.EXIT_CANCELLED);
  }

  @Test
  void refusesTheStartWhenTheCallerMayNotDecideOrTheValuesAreWrongOrAnotherExitRuns() throws Exception {
    String cccd = employees.recruitWoman1985("STC-NS", "Ngô Thị Từ Chối");
    mvc.perform(post("/api/dossiers/{cccd}/exits", cccd).with(user(cccd)).contentType(MediaType.APPLICATION_JSON)
        .content(exitBody("resignation", null))).andExpect(status().isForbidden());
    mvc.perform(post("/api/dossiers/{cccd}/exits", cccd).with(user("th.daumoi")).contentType(MediaType.APPLICATION_JSON)
        .content(exitBody("resignation", null))).andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("dossierForbidden"));
    mvc.perform(post("/api/dossiers/{cccd}/exits", cccd).with(user(FOCAL)).contentType(MediaType.APPLICATION_JSON)
        .content(exitBody("nghỉ-phép", null))).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("exitKindInvalid"));
    mvc.perform(post("/api/dossiers/{cccd}/exits", cccd).with(user(FOCAL)).contentType(MediaType.APPLICATION_JSON)
        .content(exitBody("secondment", null))).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("secondmentReturnRequired"));
    Assertions.assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.EXIT)
        .processInstanceBusinessKey(cccd).count()).as("nothing started").isZero();

    startExit(cccd, "resignation", null);
    mvc.perform(post("/api/dossiers/{cccd}/exits", cccd).with(user("admin")).contentType(MediaType.APPLICATION_JSON)
        .content(exitBody("death", null))).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("exitAlreadyOpen"));
  }

  @Test
  void refusesToRecordTheStatusBeforeTheEffectiveDate() throws Exception {
    String cccd = employees.recruitWoman1985("STC-NS", "Hồ Thị Chưa Đến");
    LocalDate later = LocalDate.now(WorkingCalendar.ZONE).plusMonths(2);
    JsonNode started = json.readTree(mvc.perform(post("/api/dossiers/{cccd}/exits", cccd).with(user(FOCAL))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"kind\":\"retirement\",\"decisionNumber\":\"12/QĐ-STC\",\"effectiveDate\":\"" + later + "\"}"))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    ProcessInstance exit = runtime.createProcessInstanceQuery()
        .processInstanceId(started.path("processInstanceId").asText()).singleResult();
    Assertions.assertThat(recordTask(cccd).getDueDate())
        .isEqualTo(Date.from(calendar.endOfDay(calendar.addWorkingDays(later, 5))));

    Assertions.assertThatThrownBy(() -> record(cccd, "approve", "")).isInstanceOf(TaskFormRejectedException.class)
        .hasMessageContaining("Quyết định có hiệu lực từ ngày");

    assertThat(exit).isWaitingAt(RECORD_TASK);
    Assertions.assertThat(dossiers.read(cccd, "admin", "test").employmentStatus()).isEqualTo(EmploymentStatus.ACTIVE);
  }

  @Test
  void startsFromTheTasklistStartFormAsTheSignedInFocalOfficer() {
    String cccd = employees.recruitWoman1985("STC-NS", "Đoàn Thị Tasklist");
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.EXIT).latestVersion().singleResult().getId();
    Map<String, Object> values = new java.util.HashMap<>();
    values.put(ProcessVariables.DOSSIER_ID, cccd);
    values.put(ProcessVariables.EXIT_KIND, "resignation");
    values.put(ProcessVariables.DECISION_NUMBER, "7/QĐ-STC");
    values.put(ProcessVariables.EFFECTIVE_DATE, yesterday.toString());
    values.put(ProcessVariables.EXIT_NOTE, "Xin thôi việc theo nguyện vọng");
    ProcessInstance[] started = new ProcessInstance[1];

    driver.as(FOCAL, FOCAL_GROUPS, () -> started[0] = forms.submitStartForm(definitionId, values));

    assertThat(started[0]).hasBusinessKey(cccd).hasPassed(OPEN).isWaitingAt(RECORD_TASK);
    Assertions.assertThat(runtime.getVariables(started[0].getId()))
        .containsEntry(ProcessVariables.UNIT_ID, "STC-NS").containsEntry(ProcessVariables.EXIT_KIND, "resignation")
        .doesNotContainKey(ProcessVariables.EXIT_NOTE);
    Assertions.assertThat(history(cccd)).filteredOn(h -> h.action() == HistoryAction.EXIT_DECIDED)
        .extracting(HistoryEntry::note).singleElement().asString().contains("Xin thôi việc theo nguyện vọng");
    Assertions.assertThatThrownBy(() -> driver.as("th.daumoi", List.of("focal-TH-HN", "focal-officers"),
        () -> forms.submitStartForm(definitionId, values))).isInstanceOf(TaskFormRejectedException.class);
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance startExit(String cccd, String kind, String returnDate) {
    try {
      JsonNode started = json.readTree(mvc.perform(post("/api/dossiers/{cccd}/exits", cccd).with(user(FOCAL))
              .contentType(MediaType.APPLICATION_JSON).content(exitBody(kind, returnDate)))
          .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
      return runtime.createProcessInstanceQuery().processInstanceId(started.path("processInstanceId").asText())
          .singleResult();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String exitBody(String kind, String returnDate) {
    return "{\"kind\":\"" + kind + "\",\"decisionNumber\":\"45/QĐ-STC\",\"effectiveDate\":\"" + yesterday + "\""
        + (returnDate == null ? "" : ",\"returnDate\":\"" + returnDate + "\"") + ",\"note\":\"Kiểm thử\"}";
  }

  private void record(String cccd, String decision, String note) {
    driver.as(FOCAL, FOCAL_GROUPS,
        () -> forms.submitTaskForm(recordTask(cccd).getId(), Map.of("decision", decision, "note", note)));
  }

  private Task recordTask(String cccd) {
    return task(cccd, RECORD_TASK);
  }

  private Task task(String cccd, String key) {
    return tasks.createTaskQuery().processInstanceBusinessKey(cccd).taskDefinitionKey(key).singleResult();
  }

  /** Executes the job of the element; an asynchronous step may already have been run by the job executor. */
  private void executeJob(ProcessInstance instance, String activityId) {
    management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).list()
        .forEach(job -> management.executeJob(job.getId()));
  }

  private ProcessInstance declaration(String cccd) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DOSSIER_DECLARATION)
        .processInstanceBusinessKey(cccd).singleResult();
  }

  private List<HistoryEntry> history(String cccd) {
    return dossiers.history(cccd, "admin", "test");
  }
}
