package vn.gov.hoso.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.management.JobDefinition;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.hoso.calendar.WorkingCalendar;
import vn.gov.hoso.campaign.CampaignService;
import vn.gov.hoso.common.MovableClock;
import vn.gov.hoso.dossier.DossierStatus;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.organisation.NewUnit;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.UnitTier;
import vn.gov.hoso.support.DeclarationDriver;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.TestEmployees;

/**
 * {@code declaration-campaign} with the real BPMN, delegates and database, launched through the API as the Sở Nội vụ
 * administrator for a fresh subtree under Sở Tài chính (office with two sub-offices): people without a running
 * declaration get exactly one, people with one keep it, locked dossiers get none; the dashboard of the Sở Tài chính
 * focal officer follows the declarations as they are saved, submitted, rejected and approved.
 */
@IntegrationTest
class DeclarationCampaignProcessIT {

  static final String SELECT = "SelectCampaignMembersServiceTask";
  static final String START_BATCH = "StartDeclarationBatchServiceTask";
  static final String LANES = "StartDeclarationLaneSubProcess";
  static final String LANE_DONE = "LaneDoneEndEvent";
  static final String MARK_RUNNING = "MarkCampaignRunningServiceTask";
  static final String STARTED = "DeclarationsStartedEndEvent";
  static final String DECLARE = "DeclareDossierUserTask";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService historyService;
  @Autowired OrganisationService organisation;
  @Autowired DossierService dossiers;
  @Autowired WorkingCalendar calendar;
  @Autowired TestEmployees employees;
  @Autowired DeclarationDriver driver;
  @Autowired MovableClock clock;
  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired JdbcTemplate jdbc;

  @Value("${hoso.demo.password}")
  String demoPassword;

  String office;
  String east;
  String west;
  /** No running declaration (as after a bulk import): each gets one from the campaign. */
  String an;
  String binh;
  String cuong;
  /** Declaration running before the campaign: kept, not duplicated. */
  String dung;
  /** Confirmed and locked: nothing to declare. */
  String giang;

  @BeforeEach
  void subtreeWithPeople() {
    BpmnAwareTests.init(engine);
    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    office = "CD-" + suffix;
    east = "CD-E-" + suffix;
    west = "CD-W-" + suffix;
    organisation.addUnit(new NewUnit(office, "H33.12.C" + suffix, "Phòng Chiến dịch " + suffix, "STC",
        UnitTier.BASE, "PHONG"));
    organisation.addUnit(new NewUnit(east, "H33.12.CE" + suffix, "Tổ Đông " + suffix, office, UnitTier.BASE,
        "TO"));
    organisation.addUnit(new NewUnit(west, "H33.12.CW" + suffix, "Tổ Tây " + suffix, office, UnitTier.BASE, "TO"));
    an = employees.recruitWoman1985(east, "Nguyễn Thị An");
    binh = employees.recruitWoman1985(east, "Trần Thị Bình");
    cuong = employees.recruitWoman1985(west, "Lê Thị Cường");
    dung = employees.recruitWoman1985(office, "Phạm Thị Dung");
    giang = employees.recruitWoman1985(west, "Võ Thị Giang");
    for (String person : List.of(an, binh, cuong)) {
      runtime.deleteProcessInstance(declarationOf(person).getId(), "test: dossier without a declaration");
    }
    driver.confirmValidDossier(giang);
  }

  @AfterEach
  void resetClocks() {
    ClockUtil.reset();
    clock.reset();
  }

  @Test
  void startsOneDeclarationPerMemberInBatchesAndTheDashboardFollowsTheDeclarations() throws Exception {
    String dungsDeclaration = declarationOf(dung).getId();
    String giangsDeclaration = declarationOf(giang).getId();
    LocalDate deadline = organisation.today().plusDays(20);

    JsonNode launched = launch(deadline);
    String id = launched.path("id").asText();
    Assertions.assertThat(launched.path("status").asText()).isEqualTo("STARTING");
    ProcessInstance campaign = runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DECLARATION_CAMPAIGN).processInstanceBusinessKey(id).singleResult();
    assertThat(campaign).isWaitingAt(SELECT);

    executeNextJob(campaign);
    assertThat(campaign).hasPassed(SELECT).isWaitingAt(START_BATCH);
    Assertions.assertThat(runtime.getVariable(campaign.getId(), ProcessVariables.CAMPAIGN_BATCH_COUNT))
        .as("4 to start in batches of 25").isEqualTo(1);
    Assertions.assertThat(runtime.getVariable(campaign.getId(), ProcessVariables.CAMPAIGN_LANE_COUNT))
        .as("no more lanes than batches").isEqualTo(1);
    List<Job> batches = management.createJobQuery().processInstanceId(campaign.getId()).list();
    Assertions.assertThat(batches).as("one asynchronous job per lane").hasSize(1);
    JobDefinition batchJob = management.createJobDefinitionQuery()
        .jobDefinitionId(batches.get(0).getJobDefinitionId()).singleResult();
    Assertions.assertThat(batchJob.getActivityId()).as("each batch is a job of its own").isEqualTo(START_BATCH);
    Assertions.assertThat(batchJob.getJobConfiguration()).isEqualTo("async-before");
    Assertions.assertThat(((JobEntity) batches.get(0)).isExclusive())
        .as("lanes run in parallel").isFalse();
    JsonNode selected = progress(id);
    Assertions.assertThat(selected.path("status").asText()).isEqualTo("STARTING");
    Assertions.assertThat(selected.path("members").asInt()).isEqualTo(5);
    Assertions.assertThat(selected.path("total").asInt()).isEqualTo(4);
    Assertions.assertThat(selected.path("started").asInt()).isZero();
    Assertions.assertThat(selected.path("locked").asInt()).isEqualTo(1);

    executeNextJob(campaign);
    Job join = management.createJobQuery().processInstanceId(campaign.getId()).singleResult();
    Assertions.assertThat(management.createJobDefinitionQuery().jobDefinitionId(join.getJobDefinitionId())
        .singleResult().getActivityId()).as("the end of a lane is a job of its own").isEqualTo(LANE_DONE);
    Assertions.assertThat(((JobEntity) join).isExclusive()).as("the ends of the lanes are recorded one at a time").isTrue();
    while (!management.createJobQuery().processInstanceId(campaign.getId()).list().isEmpty()) {
      executeNextJob(campaign);
    }
    assertThat(campaign).hasPassed(START_BATCH, MARK_RUNNING, STARTED).isEnded();
    JsonNode running = progress(id);
    Assertions.assertThat(running.path("status").asText()).isEqualTo("RUNNING");
    Assertions.assertThat(running.path("started").asInt()).isEqualTo(running.path("total").asInt()).isEqualTo(4);
    Assertions.assertThat(running.path("newlyStarted").asInt()).isEqualTo(3);
    Assertions.assertThat(running.path("alreadyRunning").asInt()).isEqualTo(1);

    for (String person : List.of(an, binh, cuong, dung)) {
      Assertions.assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DOSSIER_DECLARATION)
          .processInstanceBusinessKey(person).count()).as("declarations of %s", person).isEqualTo(1);
    }
    Assertions.assertThat(declarationOf(dung).getId()).as("the running declaration is kept").isEqualTo(dungsDeclaration);
    Assertions.assertThat(declarationOf(giang).getId()).as("a locked dossier gets no new declaration (its own one "
        + "waits for the signature)").isEqualTo(giangsDeclaration);
    Task task = driver.currentTask(an);
    Assertions.assertThat(task.getTaskDefinitionKey()).isEqualTo(DECLARE);
    Assertions.assertThat(task.getAssignee()).isEqualTo(an);
    Assertions.assertThat(task.getDueDate()).as("due at 24:00 of the campaign's deadline")
        .isEqualTo(Date.from(calendar.endOfDay(deadline)));
    Assertions.assertThat(runtime.getVariable(declarationOf(an).getId(), ProcessVariables.CAMPAIGN_ID)).isEqualTo(id);

    JsonNode before = dashboard(id, office);
    Assertions.assertThat(before.path("total").path("members").asInt()).isEqualTo(5);
    Assertions.assertThat(counts(before, east)).containsEntry("NOT_STARTED", 2);
    Assertions.assertThat(counts(before, west)).containsEntry("NOT_STARTED", 1).containsEntry("CONFIRMED", 1);
    Assertions.assertThat(counts(before, office)).as("people kept in the office itself").containsEntry("NOT_STARTED", 1);

    driver.declare(an, Map.of("contactPhone", "0912345678", "action", "save"));
    driver.submitValidDossier(binh);
    driver.submitValidDossier(cuong);
    driver.review(cuong, "reject", "Bổ sung quá trình công tác.");
    driver.confirmValidDossier(dung);

    JsonNode after = dashboard(id, office);
    Assertions.assertThat(counts(after, east)).containsEntry("NOT_STARTED", 0).containsEntry("DRAFT", 1)
        .containsEntry("SUBMITTED", 1);
    Assertions.assertThat(counts(after, west)).containsEntry("REJECTED", 1).containsEntry("CONFIRMED", 1);
    Assertions.assertThat(counts(after, office)).containsEntry("CONFIRMED", 1).containsEntry("NOT_STARTED", 0);
    Assertions.assertThat(dossiers.summary(dung).status()).isEqualTo(DossierStatus.CONFIRMED);
    Assertions.assertThat(after.path("total").path("overdue").asInt()).isZero();

    JsonNode rejected = json.readTree(mvc.perform(get("/api/campaigns/{id}/dashboard/people", id)
            .param("unitId", office).param("state", "REJECTED").with(httpBasic("stc.daumoi", demoPassword)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    Assertions.assertThat(rejected).hasSize(1);
    Assertions.assertThat(rejected.get(0).path("dossierId").asText()).isEqualTo(cuong);
    Assertions.assertThat(rejected.get(0).path("fullName").asText()).isEqualTo(dossiers.summary(cuong).fullName());

    // past the deadline: an's declaration (campaign deadline), binh's verification and cuong's declaration after
    // the rejection (5 working days each) are overdue; dung's dossier waits for its signature
    Duration late = Duration.between(clock.instant(), calendar.endOfDay(deadline).plusSeconds(3600));
    clock.moveTo(clock.instant().plus(late));
    JsonNode overdue = dashboard(id, office);
    Assertions.assertThat(overdue.path("total").path("overdue").asInt()).isEqualTo(3);
    Assertions.assertThat(progress(id).path("status").asText()).isEqualTo("CLOSED");
    String csv = mvc.perform(get("/api/campaigns/{id}/dashboard/export", id).param("unitId", office)
            .param("state", "OVERDUE").with(httpBasic("stc.daumoi", demoPassword)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    Assertions.assertThat(csv).contains("Họ và tên", an, binh, cuong).doesNotContain(dung, giang);
  }

  @Test
  void writesAnAuditRowForEveryDrillDown() throws Exception {
    String id = launch(organisation.today().plusDays(5)).path("id").asText();
    long before = auditRows();
    mvc.perform(get("/api/campaigns/{id}/dashboard/people", id).param("unitId", office)
        .with(httpBasic("stc.daumoi", demoPassword))).andExpect(status().isOk());
    Assertions.assertThat(auditRows()).isEqualTo(before + 1);
  }

  private long auditRows() {
    return jdbc.queryForObject("select count(*) from audit_event where action = ?", Long.class,
        CampaignService.AUDIT_PEOPLE);
  }

  @Test
  void lanesWorkThroughMoreBatchesThanLanesEachBatchOnce() throws Exception {
    List<String> more = new java.util.ArrayList<>();
    for (String name : List.of("Đỗ Thị Em", "Hồ Thị Phương", "Ngô Thị Hà", "Đinh Thị Khánh", "Lý Thị Lan",
        "Mai Thị Minh")) {
      String person = employees.recruitWoman1985(east, name);
      runtime.deleteProcessInstance(declarationOf(person).getId(), "test: dossier without a declaration");
      more.add(person);
    }
    String id = launch(organisation.today().plusDays(20)).path("id").asText();
    // batches of one member: 10 to start (an, binh, cuong, dung and six more) in 10 batches, over 8 lanes
    jdbc.update("update campaign set batch_size = 1 where id = ?", id);
    ProcessInstance campaign = runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DECLARATION_CAMPAIGN).processInstanceBusinessKey(id).singleResult();

    executeNextJob(campaign);
    Assertions.assertThat(runtime.getVariable(campaign.getId(), ProcessVariables.CAMPAIGN_BATCH_COUNT)).isEqualTo(10);
    Assertions.assertThat(runtime.getVariable(campaign.getId(), ProcessVariables.CAMPAIGN_LANE_COUNT)).isEqualTo(8);
    Assertions.assertThat(management.createJobQuery().processInstanceId(campaign.getId()).activityId(START_BATCH)
        .count()).as("one job per lane, not per batch").isEqualTo(8);
    int jobs = 0;
    while (!management.createJobQuery().processInstanceId(campaign.getId()).list().isEmpty()) {
      Assertions.assertThat(runtime.createExecutionQuery().processInstanceId(campaign.getId()).count())
          .as("open branches stay bounded by the lanes").isLessThanOrEqualTo(1 + 1 + 8 * 2);
      executeNextJob(campaign);
      jobs++;
    }
    Assertions.assertThat(jobs).as("10 batch jobs and 8 lane ends").isEqualTo(18);
    assertThat(campaign).isEnded();
    Assertions.assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(campaign.getId())
        .activityId(START_BATCH).count()).isEqualTo(10);
    JsonNode running = progress(id);
    Assertions.assertThat(running.path("status").asText()).isEqualTo("RUNNING");
    Assertions.assertThat(running.path("newlyStarted").asInt()).isEqualTo(9);
    Assertions.assertThat(running.path("alreadyRunning").asInt()).isEqualTo(1);
    List<String> everybody = new java.util.ArrayList<>(List.of(an, binh, cuong, dung));
    everybody.addAll(more);
    for (String person : everybody) {
      Assertions.assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DOSSIER_DECLARATION)
          .processInstanceBusinessKey(person).count()).as("declarations of %s", person).isEqualTo(1);
    }
  }

  private JsonNode launch(LocalDate deadline) throws Exception {
    String body = json.writeValueAsString(Map.of("name", "Rà soát hồ sơ " + office, "unitId", office,
        "deadline", deadline.toString()));
    return json.readTree(mvc.perform(post("/api/campaigns").contentType(MediaType.APPLICATION_JSON).content(body)
            .with(httpBasic("admin", demoPassword)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
  }

  private JsonNode progress(String id) throws Exception {
    return json.readTree(mvc.perform(get("/api/campaigns/{id}", id).with(httpBasic("admin", demoPassword)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  private JsonNode dashboard(String id, String unitId) throws Exception {
    return json.readTree(mvc.perform(get("/api/campaigns/{id}/dashboard", id).param("unitId", unitId)
            .with(httpBasic("stc.daumoi", demoPassword)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  @SuppressWarnings("unchecked")
  private Map<String, Integer> counts(JsonNode dashboard, String unitId) {
    for (JsonNode row : dashboard.path("units")) {
      if (row.path("unitId").asText().equals(unitId)) {
        return json.convertValue(row.path("counts"), Map.class);
      }
    }
    throw new AssertionError("no dashboard row for " + unitId + ": " + dashboard);
  }

  private ProcessInstance declarationOf(String person) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DOSSIER_DECLARATION)
        .processInstanceBusinessKey(person).singleResult();
  }

  private void executeNextJob(ProcessInstance campaign) {
    Job job = management.createJobQuery().processInstanceId(campaign.getId()).list().get(0);
    management.executeJob(job.getId());
  }
}
