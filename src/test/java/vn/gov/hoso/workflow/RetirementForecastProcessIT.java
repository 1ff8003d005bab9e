package vn.gov.hoso.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.hoso.common.MovableClock;
import vn.gov.hoso.organisation.NewUnit;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.UnitTier;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.TestEmployees;

/**
 * {@code retirement-forecast}: the daily timer (fired by executing its job) opens one notice per person whose
 * retirement date (Nghị định 135/2020/NĐ-CP) lies within the configured 6 months. The application clock is moved to
 * early 2000 so that only the people made here (men born in 1940 retire at 60 in 2000) are concerned, never the demo
 * data.
 */
@IntegrationTest
class RetirementForecastProcessIT {

  static final String OPEN = "OpenRetirementNoticesServiceTask";
  static final String OPENED = "RetirementNoticesOpenedEndEvent";
  static final String PREPARE = "PrepareRetirementUserTask";
  static final String PREPARED = "RetirementPreparedEndEvent";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired OrganisationService organisation;
  @Autowired TestEmployees employees;
  @Autowired MovableClock clock;

  String unit;
  String soon;
  String later;

  @BeforeEach
  void peopleRetiringIn2000() {
    BpmnAwareTests.init(engine);
    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    unit = "SLD-" + suffix;
    organisation.addUnit(new NewUnit(unit, "H33.60." + suffix, "Sở Lao động " + suffix, "HY", UnitTier.DEPARTMENT,
        "SO"));
    // 60 years (before the schedule of 2021): end of March 2000 and end of December 2000
    soon = employees.recruit(unit, "Ông Văn Hưu", "Nam", LocalDate.of(1940, 3, 15), "Công chức");
    later = employees.recruit(unit, "Bế Văn Muộn", "Nam", LocalDate.of(1940, 12, 2), "Công chức");
    clock.moveTo(OffsetDateTime.parse("2000-01-10T08:00:00+07:00").toInstant());
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void opensOneNoticeForTheFocalOfficersOfEachPersonRetiringWithinSixMonths() {
    String run = fireDailyTimer();

    Assertions.assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(run).finished().list())
        .extracting(a -> a.getActivityId()).contains(OPEN, OPENED);
    Assertions.assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(run).finished().count())
        .isEqualTo(1);
    ProcessInstance notice = noticeOf(soon);
    assertThat(notice).isWaitingAt(PREPARE).variables().containsEntry(ProcessVariables.RETIREMENT_DATE, "2000-03-31")
        .containsEntry(ProcessVariables.UNIT_ID, unit);
    assertThat(BpmnAwareTests.task(notice)).hasCandidateGroup(UnitGroups.focal(unit)).isNotAssigned();
    Assertions.assertThat(tasks.getVariableLocal(BpmnAwareTests.task(notice).getId(), ProcessVariables.PERSON_NAME))
        .isEqualTo("Ông Văn Hưu");
    Assertions.assertThat(noticeOf(later)).as("December 2000 is more than six months away").isNull();

    tasks.complete(BpmnAwareTests.task(notice).getId());
    assertThat(notice).isEnded().hasPassed(PREPARED);
  }

  @Test
  void opensTheNoticeOnceWhateverHowOftenTheTimerFires() {
    fireDailyTimer();
    fireDailyTimer();

    Assertions.assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.RETIREMENT_FORECAST)
        .processInstanceBusinessKey(soon).count()).isEqualTo(1);

    clock.moveTo(OffsetDateTime.parse("2000-07-01T08:00:00+07:00").toInstant());
    fireDailyTimer();
    Assertions.assertThat(noticeOf(later)).as("within six months now").isNotNull();
    Assertions.assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.RETIREMENT_FORECAST)
        .processInstanceBusinessKey(soon).count()).isEqualTo(1);
  }

  /** Executes the daily timer's job; returns the id of the (ended) run it started. */
  private String fireDailyTimer() {
    Job timer = management.createJobQuery().processDefinitionKey(ProcessKeys.RETIREMENT_FORECAST).timers()
        .singleResult();
    List<String> before = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.RETIREMENT_FORECAST).list().stream().map(HistoricProcessInstance::getId)
        .toList();
    management.executeJob(timer.getId());
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessKeys.RETIREMENT_FORECAST).list()
        .stream().filter(h -> !before.contains(h.getId()))
        .filter(h -> "RetirementForecastTimerStartEvent".equals(h.getStartActivityId()))
        .map(HistoricProcessInstance::getId).findFirst().orElseThrow();
  }

  private ProcessInstance noticeOf(String cccd) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.RETIREMENT_FORECAST)
        .processInstanceBusinessKey(cccd).singleResult();
  }
}
