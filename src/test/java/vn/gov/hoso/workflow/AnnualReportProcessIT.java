package vn.gov.hoso.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.gov.hoso.workflow.StatutoryReportProcesses.CONSOLIDATE;
import static vn.gov.hoso.workflow.StatutoryReportProcesses.CONSOLIDATED;
import static vn.gov.hoso.workflow.StatutoryReportProcesses.DEADLINE;
import static vn.gov.hoso.workflow.StatutoryReportProcesses.OPEN;
import static vn.gov.hoso.workflow.StatutoryReportProcesses.REVIEW;
import static vn.gov.hoso.workflow.StatutoryReportProcesses.START;
import static vn.gov.hoso.workflow.StatutoryReportProcesses.SUBMIT;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.hoso.reporting.StatutoryReportService;
import vn.gov.hoso.reporting.StatutoryReportView;
import vn.gov.hoso.support.IntegrationTest;

/**
 * {@code annual-report}: the yearly timer on 10 January opens the round (one task per reporting unit, due 20 January,
 * the generated Excel stored with the report), then the consolidation for the Sở Nội vụ, after every unit submitted or
 * at the deadline.
 */
@IntegrationTest
class AnnualReportProcessIT {

  static final LocalDate TENTH_OF_JANUARY = LocalDate.of(2027, 1, 10);

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
  void createsATaskPerUnitWithItsExcelOnTenthOfJanuaryAndConsolidatesWhenAllSubmitted() throws Exception {
    ProcessInstance instance = steps.fireStartTimer(ProcessKeys.ANNUAL_REPORT, TENTH_OF_JANUARY);

    assertThat(instance).hasPassed(START, OPEN).isWaitingAt(SUBMIT)
        .variables().containsEntry(ProcessVariables.REPORT_PERIOD, "2026")
        .containsEntry(ProcessVariables.REPORT_AS_OF, "2026-12-31");
    List<Task> unitTasks = steps.unitTasks(instance);
    assertThat(unitTasks).hasSize(reports.reportIds("ANNUAL", "2026").size()).hasSizeGreaterThanOrEqualTo(2);
    Task finance = steps.unitTaskOf(instance, "STC");
    assertThat(finance.getDueDate()).isEqualTo(StatutoryReportProcesses.endOf(LocalDate.of(2027, 1, 20)));
    assertThat(tasks.getIdentityLinksForTask(finance.getId())).extracting(IdentityLink::getGroupId)
        .contains("focal-STC");
    assertThat(tasks.getIdentityLinksForTask(steps.unitTaskOf(instance, "PH").getId()))
        .extracting(IdentityLink::getGroupId).contains("focal-PH");
    String reportId = steps.reportIdOf(finance);
    assertThat(StatutoryReportProcesses.sheetNames(reports.file(reportId, "admin").content()))
        .containsExactly("Ngạch", "Chức danh nghề nghiệp", "Vị trí việc làm");

    tasks.setAssignee(finance.getId(), "stc.daumoi");
    tasks.complete(finance.getId(), Map.of(ProcessVariables.NOTE, "Số liệu đúng"));
    steps.unitTasks(instance).forEach(t -> tasks.complete(t.getId()));

    assertThat(instance).hasPassed(CONSOLIDATE).isWaitingAt(REVIEW).task().hasCandidateGroup("snv-admin");
    StatutoryReportView submitted = reports.report(reportId);
    assertThat(submitted.submittedBy()).isEqualTo("stc.daumoi");
    String consolidated = (String) runtime.getVariable(instance.getId(), ProcessVariables.CONSOLIDATED_REPORT_ID);
    assertThat(reports.report(consolidated).unitId()).isEqualTo("HY");
    tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());
    assertThat(instance).isEnded().hasPassed(CONSOLIDATED);
  }

  @Test
  void consolidatesAtTheDeadlineWithoutTheMissingUnits() {
    ProcessInstance instance = steps.fireStartTimer(ProcessKeys.ANNUAL_REPORT, TENTH_OF_JANUARY);
    Task finance = steps.unitTaskOf(instance, "STC");
    tasks.complete(finance.getId());
    String missing = steps.reportIdOf(steps.unitTaskOf(instance, "PH"));

    steps.fireDeadline(instance);

    assertThat(instance).hasPassed(DEADLINE, CONSOLIDATE).isWaitingAt(REVIEW);
    assertThat(steps.unitTasks(instance)).isEmpty();
    assertThat(reports.report(missing).submittedAt()).isNull();
  }
}
