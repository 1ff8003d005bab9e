package vn.gov.hoso.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Date;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gov.hoso.audit.AuditEvent;
import vn.gov.hoso.audit.AuditService;
import vn.gov.hoso.organisation.Role;
import vn.gov.hoso.support.DeclarationDriver;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.SensitiveDossiers;
import vn.gov.hoso.support.SigningDriver;
import vn.gov.hoso.support.TestEmployees;

/**
 * The "Sơ yếu lý lịch 2C" through {@code ?layout=2c} on both CV endpoints: the same access, sensitive-field and audit
 * rules as the TT 06/2023 CV, and a signed version's stored PDF left as it is.
 */
@IntegrationTest
@Import({TestEmployees.class, DeclarationDriver.class, SigningDriver.class, SensitiveDossiers.class})
class So2cPdfApiIT {

  @Autowired MockMvc mvc;
  @Autowired TestEmployees employees;
  @Autowired DeclarationDriver declaration;
  @Autowired SigningDriver signing;
  @Autowired SensitiveDossiers sensitive;
  @Autowired AuditService audit;

  @Value("${hoso.demo.password}")
  String demoPassword;

  @AfterEach
  void resetEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void downloadsThe2cLayoutAsReproducibleDraftWhenTheFocalOfficerAsksForASubmittedVersion() throws Exception {
    String cccd = employees.recruitWoman1985("STC-NS", "Bùi Thị Thủy");
    declaration.submitValidDossier(cccd);

    byte[] pdf = mvc.perform(get("/api/dossiers/{cccd}/versions/1/pdf", cccd).param("layout", "2c")
            .with(user("stc.daumoi")).accept(MediaType.APPLICATION_PDF))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"so-yeu-ly-lich-2c-" + cccd + "-v1.pdf\""))
        .andReturn().getResponse().getContentAsByteArray();

    assertThat(text(pdf)).contains("Mẫu 2C-BNV/2008", "SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC", "BÙI THỊ THỦY",
        "Cơ quan, đơn vị sử dụng CBCC: Phòng Quản lý ngân sách", "BẢN N");
    byte[] again = mvc.perform(get("/api/dossiers/{cccd}/versions/1/pdf", cccd).param("layout", "2C")
            .with(httpBasic(cccd, TestEmployees.PASSWORD)))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(again).isEqualTo(pdf);
    byte[] tt06 = mvc.perform(get("/api/dossiers/{cccd}/versions/1/pdf", cccd).with(user("stc.daumoi")))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(text(tt06)).doesNotContain("Mẫu 2C-BNV/2008");
    assertThat(audit.eventsOf(cccd)).extracting(AuditEvent::actor, AuditEvent::action, AuditEvent::endpoint)
        .contains(tuple("stc.daumoi", AuditService.DOSSIER_READ, "GET /api/dossiers/{cccd}/versions/{n}/pdf"),
            tuple(cccd, AuditService.DOSSIER_READ, "GET /api/dossiers/{cccd}/versions/{n}/pdf"));
  }

  @Test
  void downloadsTheCurrentDraftInThe2cLayoutWhenTheEmployeeAsks() throws Exception {
    String cccd = employees.recruitWoman1985("STC-NS", "Bùi Thị Thủy");

    byte[] pdf = mvc.perform(get("/api/dossiers/{cccd}/pdf", cccd).param("layout", "2c")
            .with(httpBasic(cccd, TestEmployees.PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"so-yeu-ly-lich-2c-" + cccd + "-ban-nhap.pdf\""))
        .andReturn().getResponse().getContentAsByteArray();

    assertThat(text(pdf)).contains("Mẫu 2C-BNV/2008", "BÙI THỊ THỦY", "bản đang khai");
  }

  @Test
  void answersBadRequestProblemInBothLanguagesWhenTheLayoutIsUnknown() throws Exception {
    String cccd = employees.recruitWoman1985("STC-NS", "Bùi Thị Thủy");
    declaration.submitValidDossier(cccd);

    for (String path : new String[] {"/api/dossiers/{cccd}/versions/1/pdf", "/api/dossiers/{cccd}/pdf"}) {
      mvc.perform(get(path, cccd).param("layout", "2c-tctw").with(user("stc.daumoi"))
              .accept(MediaType.APPLICATION_PDF))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.code").value("badParameter"))
          .andExpect(jsonPath("$.titleVi").value("Tham số không hợp lệ"))
          .andExpect(jsonPath("$.detailVi").value("Giá trị \"2c-tctw\" của tham số \"layout\" không hợp lệ."))
          .andExpect(jsonPath("$.titleEn").value("Invalid parameter"))
          .andExpect(jsonPath("$.detailEn").value("Value \"2c-tctw\" of parameter \"layout\" is not valid."));
    }
  }

  @Test
  void refusesWithProblemAndAuditsWhenAnOfficerOfAnotherUnitAsksForThe2cLayout() throws Exception {
    String cccd = employees.recruitWoman1985("STC-NS", "Bùi Thị Thủy");
    declaration.submitValidDossier(cccd);

    mvc.perform(get("/api/dossiers/{cccd}/versions/1/pdf", cccd).param("layout", "2c").with(user("th.daumoi"))
            .accept(MediaType.APPLICATION_PDF))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("dossierForbidden"));
    mvc.perform(get("/api/dossiers/{cccd}/pdf", cccd).param("layout", "2c").with(user("th.daumoi")))
        .andExpect(status().isForbidden());
    assertThat(audit.eventsOf(cccd)).extracting(AuditEvent::actor, AuditEvent::action)
        .contains(tuple("th.daumoi", AuditService.DOSSIER_READ_DENIED));
  }

  @Test
  void refusesThe2cLayoutLikeTheTt06OneWhenTheReaderMayNotSeeSensitiveFields() throws Exception {
    String cccd = sensitive.submittedWith(SensitiveDossiers.marker("Viêm xoang mạn"),
        SensitiveDossiers.marker("Nông dân"));
    String specialist = sensitive.officer(Role.SPECIALIST);

    for (String path : new String[] {"/api/dossiers/{cccd}/versions/1/pdf", "/api/dossiers/{cccd}/pdf"}) {
      mvc.perform(get(path, cccd).param("layout", "2c").with(httpBasic(specialist, TestEmployees.PASSWORD))
              .accept(MediaType.APPLICATION_PDF))
          .andExpect(status().isForbidden())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.code").value("sensitiveDataForbidden"));
    }
    assertThat(audit.eventsOf(cccd)).extracting(AuditEvent::actor, AuditEvent::action)
        .contains(tuple(specialist, AuditService.DOSSIER_READ_SENSITIVE_DENIED));
  }

  @Test
  void printsTheSignedSnapshotMarkedAsNotTheSignedDocumentAndKeepsTheSignedPdfWhenTheVersionIsSigned()
      throws Exception {
    clockAt("2026-12-01T09:00:00+07:00");
    String cccd = employees.recruitWoman1985("STC-NS", "Bùi Thị Thủy");
    declaration.submitValidDossier(cccd);
    declaration.review(cccd, "approve", null);
    clockAt("2026-12-21T08:00:00+07:00");
    signing.openWindow(cccd);
    signing.signInTasklist(cccd, demoPassword);
    byte[] signedPdf = versionPdf(cccd, null);

    byte[] print = versionPdf(cccd, "2c");

    assertThat(text(print)).contains("Mẫu 2C-BNV/2008", "BÙI THỊ THỦY", "Bản in theo mẫu 2C từ phiên bản đã ký số "
        + "1 — văn bản có chữ ký số là bản theo mẫu TT 06/2023").doesNotContain("BẢN N");
    assertThat(print).isNotEqualTo(signedPdf).isEqualTo(versionPdf(cccd, "2c"));
    assertThat(versionPdf(cccd, "tt06")).isEqualTo(signedPdf);
    assertThat(text(signedPdf)).doesNotContain("Mẫu 2C-BNV/2008", "Bản in theo mẫu 2C");
    mvc.perform(get("/api/dossiers/{cccd}/versions/1/signature", cccd).with(user("stc.daumoi")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.pdf.indication").value("TOTAL_PASSED"));
  }

  private byte[] versionPdf(String cccd, String layout) throws Exception {
    var request = get("/api/dossiers/{cccd}/versions/1/pdf", cccd).with(user("stc.daumoi"));
    if (layout != null) {
      request = request.param("layout", layout);
    }
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andReturn().getResponse().getContentAsByteArray();
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private RequestPostProcessor user(String username) {
    return httpBasic(username, demoPassword);
  }

  private static void clockAt(String instant) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(instant).toInstant()));
  }
}
