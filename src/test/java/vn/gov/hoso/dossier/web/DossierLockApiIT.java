package vn.gov.hoso.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gov.hoso.audit.AuditEvent;
import vn.gov.hoso.audit.AuditService;
import vn.gov.hoso.calendar.WorkingCalendar;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.HistoryAction;
import vn.gov.hoso.dossier.HistoryEntry;
import vn.gov.hoso.support.DeclarationDriver;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.SigningDriver;
import vn.gov.hoso.support.TestEmployees;

/**
 * The lock through the API: a confirmed dossier refuses the employee's edits with a 409 problem in both languages and
 * keeps its data; only an authorised officer in scope unlocks it, recorded in the history and the audit trail; the
 * employee declares a change through {@code POST /api/me/changes}.
 */
@IntegrationTest
@Import({TestEmployees.class, DeclarationDriver.class})
class DossierLockApiIT {

  @Autowired MockMvc mvc;
  @Autowired TestEmployees employees;
  @Autowired DeclarationDriver driver;
  @Autowired SigningDriver signing;
  @Autowired AuditService audit;
  @Autowired DossierService dossiers;

  @Value("${hoso.demo.password}")
  String demoPassword;

  String cccd;

  @BeforeEach
  void recruitAndConfirm() {
    cccd = employees.recruitWoman1985("STC-NS", "Phạm Thị Khóa Sổ");
    driver.confirmValidDossier(cccd);
  }

  @Test
  void showsTheLockOnTheDossier() throws Exception {
    mvc.perform(get("/api/me/dossier").with(employee()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.locked").value(true))
        .andExpect(jsonPath("$.lockedVersion").value(1))
        .andExpect(jsonPath("$.changeOpen").value(false));
    mvc.perform(get("/api/dossiers/{cccd}", cccd).with(officer("stc.daumoi")))
        .andExpect(jsonPath("$.locked").value(true));
  }

  @Test
  void refusesTheEmployeesDraftWithABilingualConflictAndKeepsTheData() throws Exception {
    String before = dossiers.formDraft(cccd).content().toString();

    MockMultipartFile scan = new MockMultipartFile("file", "quyet-dinh.pdf", "application/pdf",
        "%PDF-1.7".getBytes(StandardCharsets.UTF_8));
    mvc.perform(multipart("/api/dossiers/{cccd}/attachments", cccd).file(scan).param("documentType", "Quyết định")
            .with(employee()))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("dossierLocked"))
        .andExpect(jsonPath("$.titleVi").value("Hồ sơ đã khóa"))
        .andExpect(jsonPath("$.titleEn").value("Dossier locked"));

    assertThat(dossiers.formDraft(cccd).content().toString()).isEqualTo(before);
    mvc.perform(get("/api/dossiers/{cccd}/attachments", cccd).with(employee()))
        .andExpect(jsonPath("$.length()").value(0));
  }

  @Test
  void unlocksForTheFocalOfficerAndRecordsItInHistoryAndAudit() throws Exception {
    mvc.perform(post("/api/dossiers/{cccd}/unlock", cccd).with(officer("stc.daumoi"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Sai ngày cấp CCCD, cho khai lại.\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.locked").value(false));

    HistoryEntry last = history().get(history().size() - 1);
    assertThat(last.action()).isEqualTo(HistoryAction.UNLOCK);
    assertThat(last.actor()).isEqualTo("stc.daumoi");
    assertThat(last.note()).isEqualTo("Sai ngày cấp CCCD, cho khai lại.");
    assertThat(audit.eventsOf(cccd)).extracting(AuditEvent::actor, AuditEvent::action, AuditEvent::endpoint)
        .contains(Tuple.tuple("stc.daumoi", DossierService.AUDIT_UNLOCK, "POST /api/dossiers/{cccd}/unlock"));
    mvc.perform(get("/api/dossiers/{cccd}/history", cccd).with(employee()))
        .andExpect(jsonPath("$[-1].actionCode").value("UNLOCK"))
        .andExpect(jsonPath("$[-1].action").value("Mở khóa hồ sơ"));
    assertThat(driver.currentTask(cccd).getTaskDefinitionKey()).as("a new declaration").isEqualTo(
        "DeclareDossierUserTask");
  }

  @Test
  void refusesUnlockToTheEmployeeWithForbidden() throws Exception {
    mvc.perform(post("/api/dossiers/{cccd}/unlock", cccd).with(employee())
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Tôi muốn sửa\"}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("unlockNotAllowed"))
        .andExpect(jsonPath("$.titleVi").value("Không có quyền mở khóa"))
        .andExpect(jsonPath("$.titleEn").value("Not allowed to unlock"));
    mvc.perform(get("/api/me/dossier").with(employee())).andExpect(jsonPath("$.locked").value(true));
  }

  @Test
  void refusesUnlockOutOfScopeWithForbiddenAndWithoutReasonWithBadRequest() throws Exception {
    mvc.perform(post("/api/dossiers/{cccd}/unlock", cccd).with(officer("th.daumoi"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Lý do\"}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("dossierForbidden"));
    mvc.perform(post("/api/dossiers/{cccd}/unlock", cccd).with(officer("stc.daumoi"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\" \"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("unlockReasonRequired"));
    mvc.perform(get("/api/me/dossier").with(employee())).andExpect(jsonPath("$.locked").value(true));
  }

  @Test
  void refusesASecondUnlockWithConflict() throws Exception {
    String body = "{\"reason\":\"Khai lại quá trình công tác\"}";
    mvc.perform(post("/api/dossiers/{cccd}/unlock", cccd).with(officer("admin"))
        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
    mvc.perform(post("/api/dossiers/{cccd}/unlock", cccd).with(officer("stc.daumoi"))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("dossierNotLocked"));
  }

  @Test
  void startsAChangeForTheEmployeeAndRefusesASecondOneWithConflict() throws Exception {
    signing.openWindow(cccd);
    signing.signInTasklist(cccd, demoPassword);
    String today = LocalDate.now(WorkingCalendar.ZONE).toString();
    String body = "{\"changeType\":\"salary-raise\",\"eventDate\":\"" + today
        + "\",\"description\":\"Quyết định 45/QĐ-STC nâng bậc lương\"}";

    mvc.perform(post("/api/me/changes").with(employee()).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.cccd").value(cccd))
        .andExpect(jsonPath("$.changeId").isNotEmpty());
    assertThat(driver.currentTask(cccd).getTaskDefinitionKey()).isEqualTo("DeclareDossierChangeUserTask");
    mvc.perform(get("/api/me/dossier").with(employee()))
        .andExpect(jsonPath("$.locked").value(false))
        .andExpect(jsonPath("$.changeOpen").value(true));
    mvc.perform(get("/api/dossiers/{cccd}/changes", cccd).with(officer("stc.daumoi")))
        .andExpect(jsonPath("$[0].type").value("SALARY_RAISE"))
        .andExpect(jsonPath("$[0].status").value("OPEN"));

    mvc.perform(post("/api/me/changes").with(employee()).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("changeAlreadyOpen"))
        .andExpect(jsonPath("$.titleVi").value("Đang có một thay đổi"))
        .andExpect(jsonPath("$.titleEn").value("A change is in progress"));
  }

  @Test
  void refusesAChangeWithAnUnknownTypeWithBadRequest() throws Exception {
    mvc.perform(post("/api/me/changes").with(employee()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"changeType\":\"promotion\",\"eventDate\":\"2026-01-05\",\"description\":\"x\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("changeTypeInvalid"));
  }

  private List<HistoryEntry> history() {
    return dossiers.history(cccd, cccd, "test");
  }

  private RequestPostProcessor employee() {
    return httpBasic(cccd, TestEmployees.PASSWORD);
  }

  private RequestPostProcessor officer(String username) {
    return httpBasic(username, demoPassword);
  }
}
