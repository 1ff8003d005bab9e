package vn.gov.hoso.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gov.hoso.audit.AuditEvent;
import vn.gov.hoso.audit.AuditService;
import vn.gov.hoso.dossier.internal.SensitiveDataRotation;
import vn.gov.hoso.organisation.Role;
import vn.gov.hoso.support.DeclarationDriver;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.SensitiveDossiers;
import vn.gov.hoso.support.TestEmployees;

/**
 * Sensitive fields (health, family, planning, personal history, household economy) on the real database: stored
 * encrypted, shown to the focal officer and the person, left out for a specialist of the same unit, every sensitive
 * read audited; versions, diff and CV keep working; rows of earlier runs are encrypted by the re-encryption.
 */
@IntegrationTest
@Import({TestEmployees.class, DeclarationDriver.class, SensitiveDossiers.class})
class SensitiveDataIT {

  static final String FOCAL_OFFICER = "stc.daumoi";

  @Autowired MockMvc mvc;
  @Autowired SensitiveDossiers dossiers;
  @Autowired DeclarationDriver driver;
  @Autowired AuditService audit;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;
  @Autowired SensitiveDataRotation rotation;

  @Value("${hoso.demo.password}")
  String demoPassword;

  String health;
  String relative;
  String cccd;

  @BeforeEach
  void submitDossierWithSensitiveValues() {
    health = SensitiveDossiers.marker("Viêm xoang mạn");
    relative = SensitiveDossiers.marker("Nông dân, từng làm việc cho chế độ cũ, hồ sơ");
    cccd = dossiers.submittedWith(health, relative);
  }

  @Test
  void storesNoSensitiveValueInPlainTextInTheDatabase() {
    assertThat(dossiers.rawRows(cccd)).hasSize(2).allSatisfy(row -> {
      assertThat(row).doesNotContain(health, relative, "healthStatus", "familyMembers");
      assertThat(row).contains("|v1.").contains("Bùi Thị Thủy");
    });
    assertThat(jdbc.sql("select count(*) from act_ru_variable where text_ like ? or text2_ like ?")
        .params("%" + health + "%", "%" + health + "%").query(Long.class).single()).isZero();
    assertThat(jdbc.sql("select count(*) from act_hi_varinst where text_ like ? or text2_ like ?")
        .params("%" + health + "%", "%" + health + "%").query(Long.class).single()).isZero();
  }

  @Test
  void showsSensitiveFieldsToTheFocalOfficerAndAuditsTheSensitiveRead() throws Exception {
    mvc.perform(get("/api/dossiers/{cccd}", cccd).with(basic(FOCAL_OFFICER, demoPassword)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.healthStatus").value(health))
        .andExpect(jsonPath("$.data.familyMembers[0].details").value(relative))
        .andExpect(jsonPath("$.redacted").isEmpty());
    mvc.perform(get("/api/me/dossier").with(basic(cccd, TestEmployees.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.healthStatus").value(health));

    assertThat(audit.eventsOf(cccd)).extracting(AuditEvent::actor, AuditEvent::action, AuditEvent::endpoint)
        .contains(tuple(FOCAL_OFFICER, AuditService.DOSSIER_READ_SENSITIVE, "GET /api/dossiers/{cccd}"),
            tuple(cccd, AuditService.DOSSIER_READ_SENSITIVE, "GET /api/me/dossier"));
  }

  @Test
  void leavesSensitiveFieldsOutForASpecialistAndRefusesTheCv() throws Exception {
    String specialist = dossiers.officer(Role.SPECIALIST);

    String body = mvc.perform(get("/api/dossiers/{cccd}", cccd).with(basic(specialist, TestEmployees.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.fullName").value("Bùi Thị Thủy"))
        .andExpect(jsonPath("$.data.healthStatus").doesNotExist())
        .andExpect(jsonPath("$.data.familyMembers").doesNotExist())
        .andExpect(jsonPath("$.redacted", hasItem("healthStatus")))
        .andExpect(jsonPath("$.redacted", hasItem("detentionHistory")))
        .andReturn().getResponse().getContentAsString();
    assertThat(body).doesNotContain(health, relative);
    mvc.perform(get("/api/dossiers/{cccd}/versions/1", cccd).with(basic(specialist, TestEmployees.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.data.workHistory").isArray())
        .andExpect(jsonPath("$.data.healthStatus").doesNotExist())
        .andExpect(jsonPath("$.redacted", hasItem("familyMembers")));
    mvc.perform(get("/api/dossiers/{cccd}/versions/1/pdf", cccd).with(basic(specialist, TestEmployees.PASSWORD))
            .accept(MediaType.APPLICATION_PDF))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("sensitiveDataForbidden"))
        .andExpect(jsonPath("$.titleVi").value("Không có quyền xem thông tin hạn chế"))
        .andExpect(jsonPath("$.titleEn").value("Not allowed to see restricted information"));

    assertThat(audit.eventsOf(cccd)).extracting(AuditEvent::actor, AuditEvent::action)
        .contains(tuple(specialist, AuditService.DOSSIER_READ),
            tuple(specialist, AuditService.DOSSIER_READ_SENSITIVE_DENIED))
        .doesNotContain(tuple(specialist, AuditService.DOSSIER_READ_SENSITIVE));
  }

  @Test
  void comparesVersionsWithTheSensitiveChangesOnlyForAllowedReaders() throws Exception {
    String specialist = dossiers.officer(Role.SPECIALIST);
    driver.review(cccd, "reject", "Bổ sung số điện thoại");
    String laterHealth = SensitiveDossiers.marker("Đã khỏi");
    dossiers.declare(cccd, laterHealth, relative, "0987654321");

    mvc.perform(get("/api/dossiers/{cccd}/versions/1/diff/2", cccd).with(basic(FOCAL_OFFICER, demoPassword)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.changes[*].path", hasItem("healthStatus")))
        .andExpect(jsonPath("$.changes[*].path", hasItem("contactPhone")))
        .andExpect(jsonPath("$.redacted").isEmpty());
    String body = mvc.perform(get("/api/dossiers/{cccd}/versions/1/diff/2", cccd)
            .with(basic(specialist, TestEmployees.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.changes[*].path", hasItem("contactPhone")))
        .andExpect(jsonPath("$.changes[*].path", not(hasItem("healthStatus"))))
        .andExpect(jsonPath("$.redacted", hasItem("healthStatus")))
        .andReturn().getResponse().getContentAsString();
    assertThat(body).doesNotContain(health, laterHealth);
  }

  @Test
  void printsTheSensitiveFieldsInTheCvOfAnAllowedReader() throws Exception {
    byte[] pdf = mvc.perform(get("/api/dossiers/{cccd}/versions/1/pdf", cccd)
            .with(basic(FOCAL_OFFICER, demoPassword)))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(health);
    }
    assertThat(audit.eventsOf(cccd)).extracting(AuditEvent::actor, AuditEvent::action, AuditEvent::endpoint)
        .contains(tuple(FOCAL_OFFICER, AuditService.DOSSIER_READ_SENSITIVE,
            "GET /api/dossiers/{cccd}/versions/{n}/pdf"));
  }

  @Test
  void encryptsRowsStoredInPlainTextByEarlierRunsWhenTheAdministratorReencrypts() throws Exception {
    JsonNode current = data("/api/dossiers/{cccd}");
    JsonNode version = data("/api/dossiers/{cccd}/versions/1");
    dossiers.overwrite(cccd, 0, json.writeValueAsString(current), null, null);
    dossiers.overwrite(cccd, 1, json.writeValueAsString(version), null, null);
    assertThat(dossiers.rawRows(cccd)).allSatisfy(row -> assertThat(row).contains(health));
    String specialist = dossiers.officer(Role.SPECIALIST);
    mvc.perform(get("/api/dossiers/{cccd}", cccd).with(basic(specialist, TestEmployees.PASSWORD)))
        .andExpect(jsonPath("$.data.healthStatus").doesNotExist());

    mvc.perform(post("/api/admin/crypto/rotate").with(basic(FOCAL_OFFICER, demoPassword)))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("administratorOnly"));
    String active = json.readTree(mvc.perform(post("/api/admin/crypto/rotate").with(basic("admin", demoPassword)))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString()).get("activeKey").asText();

    assertThat(dossiers.rawRows(cccd)).allSatisfy(row -> assertThat(row).doesNotContain(health, relative));
    assertThat(dossiers.keyIds(cccd)).containsExactly(active, active);
    assertThat(data("/api/dossiers/{cccd}")).isEqualTo(current);
    assertThat(data("/api/dossiers/{cccd}/versions/1")).isEqualTo(version);
    mvc.perform(get("/api/admin/crypto").with(basic("admin", demoPassword)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.activeKey").value(active))
        .andExpect(jsonPath("$.dossiersByKey['" + active + "']").isNumber());
  }

  @Test
  void encryptsRowsStoredInPlainTextByEarlierRunsAtStartup() throws Exception {
    JsonNode version = data("/api/dossiers/{cccd}/versions/1");
    dossiers.overwrite(cccd, 1, json.writeValueAsString(version), null, null);

    SensitiveDataRotation.Outcome outcome = rotation.encryptLegacy(); // what LegacyContentEncryption runs at startup

    assertThat(outcome.versions()).isPositive();
    assertThat(dossiers.keyIds(cccd)).doesNotContainNull();
    assertThat(dossiers.rawRows(cccd)).allSatisfy(row -> assertThat(row).doesNotContain(health));
    assertThat(data("/api/dossiers/{cccd}/versions/1")).isEqualTo(version);
  }

  private JsonNode data(String path) throws Exception {
    return json.readTree(mvc.perform(get(path, cccd).with(basic(FOCAL_OFFICER, demoPassword)))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString()).get("data");
  }

  private static RequestPostProcessor basic(String user, String password) {
    return httpBasic(user, password);
  }
}
