package vn.gov.hoso.workflow.delegate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.hoso.accounts.AccountService;
import vn.gov.hoso.accounts.RecruitmentView;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Unit;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Task listener ({@code create}) of a task about a recruitment (confirmation form {@code confirm-account}, or a
 * reminder with form {@code overdue-reminder}): shows who is recruited where, by which decision.
 *
 * <p>Inputs: {@code recruitmentId}. Outputs (task-local, gone with the task, not historised): {@code employeeName},
 * {@code unitName}, {@code gender}, {@code dateOfBirth}, {@code personnelCategory}, {@code decisionNumber},
 * {@code decisionDate}, {@code startDate} (dates as {@code dd/MM/yyyy}), {@code documentLink} (the API path of the
 * scanned decision); process variables {@code decision} and {@code note} of an earlier answer removed.
 */
@Component("prefillRecruitmentFormListener")
public class PrefillRecruitmentFormListener implements TaskListener {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final AccountService accounts;
  private final OrganisationService organisation;

  PrefillRecruitmentFormListener(AccountService accounts, OrganisationService organisation) {
    this.accounts = accounts;
    this.organisation = organisation;
  }

  @Override
  public void notify(DelegateTask task) {
    RecruitmentView r = accounts.recruitment((String) task.getVariable(ProcessVariables.RECRUITMENT_ID));
    task.setVariableLocal(ProcessVariables.EMPLOYEE_NAME, r.fullName());
    task.setVariableLocal(ProcessVariables.UNIT_NAME,
        organisation.unit(r.unitId()).map(Unit::name).orElse(r.unitId()));
    task.setVariableLocal("gender", r.gender());
    task.setVariableLocal("dateOfBirth", day(r.dateOfBirth()));
    task.setVariableLocal("personnelCategory", r.personnelCategory());
    task.setVariableLocal(ProcessVariables.DECISION_NUMBER, r.decisionNumber());
    task.setVariableLocal(ProcessVariables.DECISION_DATE, day(r.decisionDate()));
    task.setVariableLocal(ProcessVariables.START_DATE, day(r.startDate()));
    task.setVariableLocal(ProcessVariables.DOCUMENT_LINK, "/api/recruitments/" + r.id() + "/decision");
    task.getExecution().removeVariable(ProcessVariables.DECISION);
    task.getExecution().removeVariable(ProcessVariables.NOTE);
  }

  private static String day(LocalDate date) {
    return date.format(DAY);
  }
}
