package vn.gov.hoso.signing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gov.hoso.audit.AuditEvent;
import vn.gov.hoso.audit.AuditService;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.DossierStatus;
import vn.gov.hoso.support.DeclarationDriver;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.SigningDriver;
import vn.gov.hoso.support.TestEmployees;
import vn.gov.hoso.workflow.signing.SigningBatch;
import vn.gov.hoso.workflow.signing.SigningBatches;

/**
 * The signing flow through the API with real DSS: the signed CV and its validation, tampering detected, batches.
 * (PDF/A-2b of the signed CV: {@code SigningServiceTest#staysPdfA2bWhenSigned}, veraPDF runs outside Spring.)
 * Dossiers are approved on 1 December 2026 and signed in the base window (21–22 December) by the head of Sở Tài
 * chính.
 */
@IntegrationTest
@Import({TestEmployees.class, DeclarationDriver.class, SigningDriver.class})
class SigningApiIT {

  static final String HEAD = SigningDriver.STC_HEAD;

  @Autowired MockMvc mvc;
  @Autowired TestEmployees employees;
  @Autowired DeclarationDriver declaration;
  @Autowired SigningDriver signing;
  @Autowired SigningBatches batches;
  @Autowired DossierService dossiers;
  @Autowired AuditService audit;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  @Value("${hoso.demo.password}")
  String pin;

  @BeforeEach
  void decemberBeforeTheWindow() {
    clockAt("2026-12-01T09:00:00+07:00");
  }

  @AfterEach
  void resetEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void servesSignedPdfAndValidSignaturesWhenHeadHasSigned() throws Exception {
    String cccd = approvedDossierInWindow();
    signing.signInTasklist(cccd, pin);

    byte[] pdf = mvc.perform(get("/api/dossiers/{cccd}/versions/1/pdf", cccd).with(user("stc.daumoi")))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andReturn().getResponse().getContentAsByteArray();
    Path copy = Path.of("target", "signing", "cv-signed-api.pdf");
    Files.createDirectories(copy.getParent());
    Files.write(copy, pdf);

    mvc.perform(get("/api/dossiers/{cccd}/versions/1/signature", cccd).with(user("stc.daumoi")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.signer").value(HEAD))
        .andExpect(jsonPath("$.signerName").value("Trần Văn Quang"))
        .andExpect(jsonPath("$.pdf.indication").value("TOTAL_PASSED"))
        .andExpect(jsonPath("$.pdf.format").value("PAdES-BASELINE-B"))
        .andExpect(jsonPath("$.pdf.signer").value("Trần Văn Quang"))
        .andExpect(jsonPath("$.data.indication").value("TOTAL_PASSED"))
        .andExpect(jsonPath("$.data.format").value("JAdES-BASELINE-B"))
        .andExpect(jsonPath("$.data.signingTime").isNotEmpty());
    mvc.perform(get("/api/dossiers/{cccd}", cccd).with(user("stc.daumoi")))
        .andExpect(jsonPath("$.status").value("Đã ký"))
        .andExpect(jsonPath("$.statusCode").value("SIGNED"));
    mvc.perform(get("/api/dossiers/{cccd}/history", cccd).with(user("stc.daumoi")))
        .andExpect(jsonPath("$[-1].actor").value(HEAD));
    assertThat(audit.eventsOf(cccd)).extracting(AuditEvent::actor, AuditEvent::endpoint)
        .contains(org.assertj.core.groups.Tuple.tuple("stc.daumoi",
            "GET /api/dossiers/{cccd}/versions/{n}/signature"));
    mvc.perform(get("/api/dossiers/{cccd}/versions/1/signature", cccd).with(user("th.daumoi")))
        .andExpect(status().isForbidden());
  }

  @Test
  void failsValidationWhenOneByteOfTheStoredPdfChanges() throws Exception {
    String cccd = approvedDossierInWindow();
    signing.signInTasklist(cccd, pin);
    byte[] stored = jdbc.queryForObject("select signed_pdf from dossier_signature where dossier_id = ?",
        byte[].class, cccd);
    stored[200] ^= 0x01;
    jdbc.update("update dossier_signature set signed_pdf = ? where dossier_id = ?", stored, cccd);

    JsonNode result = signature(cccd);

    assertThat(result.at("/pdf/indication").asText()).isEqualTo("TOTAL_FAILED");
    assertThat(result.at("/data/indication").asText()).isEqualTo("TOTAL_PASSED");
  }

  @Test
  void failsDataValidationWhenOneCharacterOfTheStoredSnapshotChanges() throws Exception {
    String cccd = approvedDossierInWindow();
    signing.signInTasklist(cccd, pin);
    int changed = jdbc.update("update dossier_version set content = replace(content, ?, ?) where dossier_id = ?",
        "Bùi Thị Thủy", "Bùi Thị Thùy", cccd);
    assertThat(changed).isEqualTo(1);

    JsonNode result = signature(cccd);

    assertThat(result.at("/data/indication").asText()).isEqualTo("TOTAL_FAILED");
    assertThat(result.at("/pdf/indication").asText()).isEqualTo("TOTAL_PASSED");
  }

  @Test
  void answersNotFoundProblemWhenTheVersionIsNotSigned() throws Exception {
    String cccd = approvedDossierInWindow();

    mvc.perform(get("/api/dossiers/{cccd}/versions/1/signature", cccd).with(user(HEAD)))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("versionNotSigned"))
        .andExpect(jsonPath("$.detailVi").value("Phiên bản 1 của hồ sơ " + cccd + " chưa có chữ ký số."));
  }

  @Test
  void signsEveryOtherDossierWhenOneOfTheBatchFails() throws Exception {
    String first = approvedDossierInWindow();
    String failing = approvedDossierInWindow();
    String third = approvedDossierInWindow();
    // the dossier was reopened for a change between approval and signing: its version is no longer signable
    jdbc.update("update dossier set status = 'SUBMITTED' where id = ?", failing);

    String body = json.writeValueAsString(Map.of("dossierIds", List.of(first, failing, third), "pin", pin));
    JsonNode started = json.readTree(mvc.perform(post("/api/signing/batches").with(user(HEAD))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.total").value(3))
        .andReturn().getResponse().getContentAsString());
    String id = started.get("id").asText();
    SigningBatch finished = batches.await(id, Duration.ofMinutes(2));

    assertThat(finished.finished()).isTrue();
    mvc.perform(get("/api/signing/batches/{id}", id).with(user(HEAD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.done").value(2))
        .andExpect(jsonPath("$.failed").value(1))
        .andExpect(jsonPath("$.items[?(@.dossierId == '" + failing + "')].state").value("FAILED"))
        .andExpect(jsonPath("$.items[?(@.dossierId == '" + failing + "')].errorVi").value(
            org.hamcrest.Matchers.contains(org.hamcrest.Matchers.containsString("không phải phiên bản đã xác nhận"))));
    for (String signed : List.of(first, third)) {
      assertThat(dossiers.formDraft(signed).status()).isEqualTo(DossierStatus.SIGNED);
      assertThat(signing.signTask(signed)).isNull();
      assertThat(signature(signed).at("/pdf/indication").asText()).isEqualTo("TOTAL_PASSED");
    }
    assertThat(signing.signTask(failing)).isNotNull();
    assertThat(dossiers.isSigned(failing, 1)).isFalse();
    mvc.perform(get("/api/signing/batches/{id}", id).with(user("th.hieutruong")))
        .andExpect(status().isNotFound());
  }

  @Test
  void refusesBatchWithoutSigningAnythingWhenPinIsWrong() throws Exception {
    String cccd = approvedDossierInWindow();
    String body = json.writeValueAsString(Map.of("dossierIds", List.of(cccd), "pin", "sai-ma-pin-123"));

    mvc.perform(post("/api/signing/batches").with(user(HEAD)).contentType(MediaType.APPLICATION_JSON)
            .content(body))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("signingPinWrong"));
    assertThat(dossiers.isSigned(cccd, 1)).isFalse();
    assertThat(signing.signTask(cccd)).isNotNull();
  }

  @Test
  void refusesBatchWhenNoSigningTaskWaitsForTheCaller() throws Exception {
    String cccd = approvedDossierInWindow();
    String body = json.writeValueAsString(Map.of("dossierIds", List.of(cccd), "pin", pin));

    mvc.perform(post("/api/signing/batches").with(user("th.hieutruong")).contentType(MediaType.APPLICATION_JSON)
            .content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("signingBatchEmpty"));
    assertThat(dossiers.isSigned(cccd, 1)).isFalse();
  }

  /** A new employee of Phòng Quản lý ngân sách, dossier approved, the signing window open (21 December 2026). */
  private String approvedDossierInWindow() {
    clockAt("2026-12-01T09:00:00+07:00");
    String cccd = employees.recruitWoman1985("STC-NS", "Bùi Thị Thủy");
    declaration.submitValidDossier(cccd);
    declaration.review(cccd, "approve", null);
    clockAt("2026-12-21T08:00:00+07:00");
    signing.openWindow(cccd);
    return cccd;
  }

  private JsonNode signature(String cccd) throws Exception {
    return json.readTree(mvc.perform(get("/api/dossiers/{cccd}/versions/1/signature", cccd).with(user(HEAD)))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString());
  }

  private RequestPostProcessor user(String username) {
    return httpBasic(username, pin);
  }

  private static void clockAt(String instant) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(instant).toInstant()));
  }
}
