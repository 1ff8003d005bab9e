package vn.gov.hoso.support;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.context.TestComponent;
import vn.gov.hoso.accounts.AccountService;
import vn.gov.hoso.accounts.DecisionDocument;
import vn.gov.hoso.accounts.NewRecruitment;
import vn.gov.hoso.accounts.RecruitmentView;

/** Recruitment decisions as a unit's focal officer enters them, each for a fresh valid CCCD. */
@TestComponent
public class Recruitments {

  /** A tiny but real PDF, standing for the scanned decision. */
  public static final byte[] SCANNED_DECISION = """
      %PDF-1.4
      1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj
      trailer<</Root 1 0 R>>
      %%EOF
      """.getBytes(StandardCharsets.US_ASCII);

  private final AccountService accounts;
  private final TestEmployees employees;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ManagementService management;

  public Recruitments(AccountService accounts, TestEmployees employees, TaskService tasks, IdentityService identity,
      ManagementService management) {
    this.accounts = accounts;
    this.employees = employees;
    this.tasks = tasks;
    this.identity = identity;
    this.management = management;
  }

  /**
   * The focal officer (signed in to the engine with the given groups) claims and approves "Xác nhận tạo tài khoản",
   * then the asynchronous account creation runs (the job executor is off in tests).
   */
  public void approveAndCreateAccount(String cccd, String officer, List<String> groups) {
    Task confirm = tasks.createTaskQuery().processInstanceBusinessKey(cccd)
        .taskDefinitionKey("ConfirmAccountUserTask").singleResult();
    identity.setAuthentication(officer, groups);
    try {
      tasks.claim(confirm.getId(), officer);
      tasks.complete(confirm.getId(), Map.of("decision", "approve"));
    } finally {
      identity.clearAuthentication();
    }
    management.executeJob(management.createJobQuery().processInstanceId(confirm.getProcessInstanceId())
        .singleResult().getId());
  }

  /** A female công chức born 1998, recruited into the unit by decision 125/QĐ-STC of 2 January 2027. */
  public NewRecruitment aNewCivilServant(String unitId, String fullName) {
    LocalDate born = LocalDate.of(1998, 6, 21);
    return new NewRecruitment(employees.newCccd("Nữ", born), fullName, "Nữ", born, unitId, "Công chức",
        "125/QĐ-STC", LocalDate.of(2027, 1, 2), LocalDate.of(2027, 2, 1));
  }

  /** Received through the facade, as the officer's API call does. */
  public RecruitmentView receive(NewRecruitment recruitment, String officer) {
    return accounts.receive(recruitment,
        new DecisionDocument("quyet-dinh-tuyen-dung.pdf", "application/pdf", SCANNED_DECISION), officer);
  }
}
