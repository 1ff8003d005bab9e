package vn.gov.hoso.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.gov.hoso.workflow.StatutoryReportProcesses.CONSOLIDATE;
import static vn.gov.hoso.workflow.StatutoryReportProcesses.DEADLINE;
import static vn.gov.hoso.workflow.StatutoryReportProcesses.OPEN;
import static vn.gov.hoso.workflow.StatutoryReportProcesses.REVIEW;
import static vn.gov.hoso.workflow.StatutoryReportProcesses.START;
import static vn.gov.hoso.workflow.StatutoryReportProcesses.SUBMIT;

import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.hoso.reporting.StatutoryReportService;
import vn.gov.hoso.support.IntegrationTest;

/** {@code half-year-report}: opened on 1 June and 1 December, due 15 June and 15 December. */
@IntegrationTest
class HalfYearReportProcessIT {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired StatutoryReportService reports;
  StatutoryReportProcesses steps;

  @BeforeEach
  void steps() {
    steps = new StatutoryReportProcesses(runtime, tasks, management, reports);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void createsTheJuneTasksDueFifteenthOfJuneAndConsolidatesWhenAllSubmitted() throws Exception {
    ProcessInstance instance = steps.fireStartTimer(ProcessKeys.HALF_YEAR_REPORT, LocalDate.of(2027, 6, 1));

    assertThat(instance).hasPassed(START, OPEN).isWaitingAt(SUBMIT)
        .variables().containsEntry(ProcessVariables.REPORT_PERIOD, "2027-06")
        .containsEntry(ProcessVariables.REPORT_AS_OF, "2027-05-31");
    Task finance = steps.unitTaskOf(instance, "STC");
    assertThat(finance.getDueDate()).isEqualTo(StatutoryReportProcesses.endOf(LocalDate.of(2027, 6, 15)));
    assertThat(StatutoryReportProcesses.sheetNames(reports.file(steps.reportIdOf(finance), "admin").content()))
        .hasSize(3);

    steps.unitTasks(instance).forEach(t -> tasks.complete(t.getId()));

    assertThat(instance).hasPassed(CONSOLIDATE).isWaitingAt(REVIEW).task().hasCandidateGroup("snv-admin");
  }

  @Test
  void createsTheDecemberTasksDueFifteenthOfDecemberAndConsolidatesAtTheDeadline() {
    ProcessInstance instance = steps.fireStartTimer(ProcessKeys.HALF_YEAR_REPORT, LocalDate.of(2027, 12, 1));
    Task finance = steps.unitTaskOf(instance, "STC");
    assertThat(finance.getDueDate()).isEqualTo(StatutoryReportProcesses.endOf(LocalDate.of(2027, 12, 15)));

    steps.fireDeadline(instance);

    assertThat(instance).hasPassed(DEADLINE, CONSOLIDATE).isWaitingAt(REVIEW);
    assertThat(steps.unitTasks(instance)).isEmpty();
  }
}
