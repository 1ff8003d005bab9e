package vn.gov.hoso.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.hoso.demo.DemoProperties;
import vn.gov.hoso.organisation.Account;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Role;
import vn.gov.hoso.support.EngineTables;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.Recruitments;
import vn.gov.hoso.support.TestEmployees;
import vn.gov.hoso.workflow.identity.IdentityAdministration;

/**
 * The demo walk of account provisioning through the API, on the default profile (engine identity store): a focal
 * officer sends the recruitment decision, confirms it in the task, hands the activation link over, the recruit sets
 * their own password and can then log in and finds the declaration task with its due date. No password is ever set
 * by the system, and neither the activation token nor the password reaches the engine's tables.
 */
@IntegrationTest
@Import({TestEmployees.class, Recruitments.class, EngineTables.class})
class AccountProvisioningApiIT {

  static final String STC_FOCAL_OFFICER = "stc.daumoi";
  static final String SCHOOL_FOCAL_OFFICER = "th.daumoi";
  static final String NEW_PASSWORD = "Hoa-Sen-Vang-2027!";

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired OrganisationService organisation;
  @Autowired IdentityAdministration identityAdministration;
  @Autowired AccountDirectory directory;
  @Autowired Recruitments recruitments;
  @Autowired JdbcTemplate jdbc;
  @Autowired EngineTables engineTables;
  @Autowired TransactionTemplate transaction;
  @Autowired DemoProperties demo;

  @AfterEach
  void resetEngineClock() {
    identity.clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void givesNewRecruitAnAccountWithoutDefaultPasswordAndADeclarationTaskWithItsDeadline() throws Exception {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2027-03-01T09:00:00+07:00").toInstant()));
    NewRecruitment recruitment = recruitments.aNewCivilServant("STC-NS", "Trịnh Thị Mới Tuyển");
    String cccd = recruitment.citizenId();

    String id = json.readTree(mvc.perform(receive(recruitment, pdf()).with(officer(STC_FOCAL_OFFICER)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("RECEIVED"))
        .andReturn().getResponse().getContentAsString()).get("id").asText();
    mvc.perform(get("/api/recruitments/{id}/decision", id).with(officer(STC_FOCAL_OFFICER)))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andExpect(content().bytes(Recruitments.SCANNED_DECISION));

    recruitments.approveAndCreateAccount(cccd, STC_FOCAL_OFFICER, List.of("focal-STC", "focal-officers"));
    Task declaration = tasks.createTaskQuery().processInstanceBusinessKey(cccd).taskAssignee(cccd).singleResult();
    assertThat(declaration.getTaskDefinitionKey()).isEqualTo("DeclareDossierUserTask");
    // 24:00 of Monday 8 March 2027: five working days after Monday 1 March
    assertThat(declaration.getDueDate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2027-03-09T00:00:00+07:00").toInstant());

    // no password exists before activation: nothing the system could have chosen works, not even the demo password
    assertThat(directory.hasPassword(cccd)).isFalse();
    for (String guess : List.of(demo.password(), "Thuyen" + cccd.substring(8) + "@", "")) {
      mvc.perform(get("/api/me/dossier").with(httpBasic(cccd, guess))).andExpect(status().isUnauthorized());
    }

    String path = json.readTree(mvc.perform(post("/api/accounts/{u}/activation", cccd).with(officer(STC_FOCAL_OFFICER)))
        .andExpect(status().isCreated())
        .andExpect(header().string("Cache-Control", "no-store"))
        .andExpect(jsonPath("$.style").value("CHOOSE_PASSWORD"))
        .andReturn().getResponse().getContentAsString()).get("activationPath").asText();
    String token = path.substring("/activate/".length());
    assertThat(token).hasSizeGreaterThanOrEqualTo(43);

    mvc.perform(get(path)).andExpect(status().isOk())
        .andExpect(header().string("Referrer-Policy", "no-referrer"))
        .andExpect(content().string(containsString(cccd)));
    mvc.perform(activate(path, "yeu", "yeu")).andExpect(status().isBadRequest());
    mvc.perform(activate(path, NEW_PASSWORD, NEW_PASSWORD)).andExpect(status().isOk());
    mvc.perform(activate(path, "Another-Pass-2027!", "Another-Pass-2027!")).andExpect(status().isNotFound());

    mvc.perform(get("/api/me/dossier").with(httpBasic(cccd, NEW_PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.cccd").value(cccd));
    assertThat(identity.createUserQuery().userId(cccd).memberOfGroup("employees").count()).isOne();
    identity.setAuthentication(cccd, List.of("employees"));
    try {
      assertThat(tasks.createTaskQuery().taskAssignee(cccd).list()).extracting(Task::getId)
          .containsExactly(declaration.getId());
    } finally {
      identity.clearAuthentication();
    }
    mvc.perform(post("/api/accounts/{u}/activation", cccd).with(officer(STC_FOCAL_OFFICER)))
        .andExpect(status().isConflict());

    assertThat(engineTables.mentionsOf(token)).isZero();
    assertThat(engineTables.mentionsOf(NEW_PASSWORD)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from acc_activation where token_sha256 = ?", Integer.class,
        AccountService.sha256(token))).isOne();
  }

  @Test
  void refusesRecruitmentOutsideScopeDuplicateBadFileAndMismatchedIdentityStoringNothing() throws Exception {
    NewRecruitment recruitment = recruitments.aNewCivilServant("STC-NS", "Phí Văn Kiểm Tra");

    mvc.perform(receive(recruitment, pdf()).with(officer(SCHOOL_FOCAL_OFFICER)))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("accountsForbidden"));
    mvc.perform(receive(recruitment, new MockMultipartFile("decision", "qd.exe", "application/x-msdownload",
            new byte[] {1, 2, 3})).with(officer(STC_FOCAL_OFFICER)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("attachmentType"));
    NewRecruitment wrongGender = new NewRecruitment(recruitment.citizenId(), recruitment.fullName(), "Nam",
        recruitment.dateOfBirth(), "STC-NS", "Công chức", "7/QĐ", LocalDate.of(2027, 1, 2), LocalDate.of(2027, 2, 1));
    mvc.perform(receive(wrongGender, pdf()).with(officer(STC_FOCAL_OFFICER)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("recruitmentIdentityInvalid"))
        .andExpect(jsonPath("$.detailEn").value(containsString("citizenIdGenderMismatch")));
    assertThat(jdbc.queryForObject("select count(*) from acc_recruitment where citizen_id = ?", Integer.class,
        recruitment.citizenId())).isZero();

    mvc.perform(receive(recruitment, pdf()).with(officer("admin"))).andExpect(status().isCreated());
    mvc.perform(receive(recruitment, pdf()).with(officer(STC_FOCAL_OFFICER)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("recruitmentDuplicate"));
    mvc.perform(receive(recruitments.aNewCivilServant("STC-NS", "Ngô Văn Đã Có"), pdf())
            .with(officer(STC_FOCAL_OFFICER)))
        .andExpect(status().isCreated());
    mvc.perform(receive(new NewRecruitment("038185011234", "Bùi Thị Thủy", "Nữ", LocalDate.of(1985, 3, 14), "STC",
            "Công chức", "9/QĐ", LocalDate.of(2027, 1, 2), LocalDate.of(2027, 2, 1)), pdf())
            .with(officer(STC_FOCAL_OFFICER)))
        .andExpect(status().isConflict());
  }

  @Test
  void disablesAccountAndHandsItsOpenTasksOverToTheUnitsFocalOfficers() throws Exception {
    String officer = "stcns.daumoi." + System.nanoTime() % 100_000;
    transaction.executeWithoutResult(s -> {
      Account account = new Account(officer, "Lê Văn Bàn Giao", "STC-NS", Set.of(Role.FOCAL_OFFICER));
      organisation.addAccount(account);
      identityAdministration.provision(account, TestEmployees.PASSWORD);
    });
    NewRecruitment recruitment = recruitments.aNewCivilServant("STC-NS", "Đoàn Thị Chờ Duyệt");
    recruitments.receive(recruitment, officer);
    Task confirm = tasks.createTaskQuery().processInstanceBusinessKey(recruitment.citizenId()).singleResult();
    tasks.claim(confirm.getId(), officer);
    // signed in (an officer has no dossier of their own: 404 ownDossierNotFound, not 401)
    mvc.perform(get("/api/me/dossier").with(httpBasic(officer, TestEmployees.PASSWORD)))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("ownDossierNotFound"));

    mvc.perform(post("/api/accounts/{u}/disable", officer).with(officer(SCHOOL_FOCAL_OFFICER))
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Nghỉ hưu\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/accounts/{u}/disable", officer).with(officer(STC_FOCAL_OFFICER))
            .contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isBadRequest());
    mvc.perform(post("/api/accounts/{u}/disable", officer).with(officer(STC_FOCAL_OFFICER))
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Nghỉ hưu từ 01/03/2027\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.handedOverTasks").value(1));

    Task handedOver = tasks.createTaskQuery().taskId(confirm.getId()).singleResult();
    assertThat(handedOver.getAssignee()).isNull();
    assertThat(tasks.getIdentityLinksForTask(confirm.getId())).extracting(IdentityLink::getGroupId)
        .contains("focal-STC-NS", "focal-STC");
    mvc.perform(get("/api/me/dossier").with(httpBasic(officer, TestEmployees.PASSWORD)))
        .andExpect(status().isUnauthorized());
    assertThat(organisation.isActive(officer)).isFalse();
    assertThat(organisation.scopeOf(officer).subtree()).isEmpty();
  }

  private MockMultipartHttpServletRequestBuilder receive(
      NewRecruitment recruitment, MockMultipartFile decision) throws Exception {
    return multipart("/api/recruitments")
        .file(new MockMultipartFile("recruitment", "", MediaType.APPLICATION_JSON_VALUE,
            json.writeValueAsBytes(recruitment)))
        .file(decision);
  }

  private static MockMultipartFile pdf() {
    return new MockMultipartFile("decision", "quyet-dinh.pdf", MediaType.APPLICATION_PDF_VALUE,
        Recruitments.SCANNED_DECISION);
  }

  private static MockHttpServletRequestBuilder activate(String path,
      String password, String repeat) {
    return post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).param("password", password)
        .param("repeat", repeat);
  }

  private RequestPostProcessor officer(String username) {
    return httpBasic(username, demo.password());
  }
}
