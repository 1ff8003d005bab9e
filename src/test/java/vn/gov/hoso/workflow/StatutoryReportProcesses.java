package vn.gov.hoso.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import vn.gov.hoso.calendar.WorkingCalendar;
import vn.gov.hoso.reporting.StatutoryReportService;

/** Test steps shared by the two statutory report process tests (no Spring bean: built by each test). */
final class StatutoryReportProcesses {

  static final String START = "ReportRoundTimerStartEvent";
  static final String OPEN = "OpenReportRoundServiceTask";
  static final String SUBMIT = "SubmitUnitReportUserTask";
  static final String DEADLINE = "ReportDeadlineTimerEvent";
  static final String CONSOLIDATE = "ConsolidateReportsServiceTask";
  static final String REVIEW = "ReviewConsolidatedReportUserTask";
  static final String CONSOLIDATED = "ReportsConsolidatedEndEvent";

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final StatutoryReportService reports;

  StatutoryReportProcesses(RuntimeService runtime, TaskService tasks, ManagementService management,
      StatutoryReportService reports) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.reports = reports;
  }

  /** Moves the engine clock to 08:00 of {@code day} in Vietnam and fires the start timer of {@code key}. */
  ProcessInstance fireStartTimer(String key, LocalDate day) {
    runtime.createProcessInstanceQuery().processDefinitionKey(key).list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test starts a new round"));
    ClockUtil.setCurrentTime(Date.from(day.atTime(8, 0).atZone(WorkingCalendar.ZONE).toInstant()));
    Job timer = management.createJobQuery().processDefinitionKey(key).timers().list().stream()
        .min(Comparator.comparing(Job::getDuedate)).orElseThrow();
    management.executeJob(timer.getId());
    return runtime.createProcessInstanceQuery().processDefinitionKey(key).singleResult();
  }

  List<Task> unitTasks(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(SUBMIT).list();
  }

  String reportIdOf(Task task) {
    return (String) tasks.getVariable(task.getId(), ProcessVariables.REPORT_ID);
  }

  Task unitTaskOf(ProcessInstance instance, String unitId) {
    return unitTasks(instance).stream().filter(t -> reports.report(reportIdOf(t)).unitId().equals(unitId))
        .findFirst().orElseThrow();
  }

  void fireDeadline(ProcessInstance instance) {
    Job deadline = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    management.executeJob(deadline.getId());
  }

  static Date endOf(LocalDate day) {
    ZonedDateTime midnight = day.plusDays(1).atStartOfDay(WorkingCalendar.ZONE);
    return Date.from(midnight.toInstant());
  }

  static List<String> sheetNames(byte[] xlsx) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      List<String> names = new java.util.ArrayList<>();
      workbook.forEach(sheet -> names.add(sheet.getSheetName()));
      assertThat(workbook.getSheetAt(0).getRow(2).getCell(1).getStringCellValue()).isEqualTo("Đơn vị");
      return names;
    }
  }
}
