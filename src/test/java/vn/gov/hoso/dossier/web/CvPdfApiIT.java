package vn.gov.hoso.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gov.hoso.audit.AuditEvent;
import vn.gov.hoso.audit.AuditService;
import vn.gov.hoso.support.DeclarationDriver;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.TestEmployees;

/** The official CV as PDF through the API: same access rules and audit as every dossier read. */
@IntegrationTest
@Import({TestEmployees.class, DeclarationDriver.class})
class CvPdfApiIT {

  @Autowired MockMvc mvc;
  @Autowired TestEmployees employees;
  @Autowired DeclarationDriver driver;
  @Autowired AuditService audit;

  @Value("${hoso.demo.password}")
  String demoPassword;

  String cccd;

  @BeforeEach
  void recruit() {
    cccd = employees.recruitWoman1985("STC-NS", "Bùi Thị Thủy");
  }

  @Test
  void downloadsOwnVersionWithPhotoAsReproducibleDraftPdfWhenEmployeeAsks() throws Exception {
    mvc.perform(multipart("/api/dossiers/{cccd}/attachments", cccd)
            .file(new MockMultipartFile("file", "anh.png", "image/png", aPhoto()))
            .param("documentType", "Ảnh chân dung 4 x 6").param("fieldKey", "photo").with(employee()))
        .andExpect(status().isCreated());
    driver.submitValidDossier(cccd);

    byte[] pdf = mvc.perform(get("/api/dossiers/{cccd}/versions/1/pdf", cccd).with(employee())
            .accept(MediaType.APPLICATION_PDF))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"so-yeu-ly-lich-" + cccd + "-v1.pdf\""))
        .andReturn().getResponse().getContentAsByteArray();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("BÙI THỊ THỦY", "Mã số định danh: " + cccd, "Phòng Quản lý ngân sách");
      assertThat(hasImage(document.getPage(0).getResources())).as("photo on page 1").isTrue();
    }
    byte[] again = mvc.perform(get("/api/dossiers/{cccd}/versions/1/pdf", cccd).with(officer("stc.daumoi")))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(again).isEqualTo(pdf);
    assertThat(audit.eventsOf(cccd)).extracting(AuditEvent::actor, AuditEvent::action, AuditEvent::endpoint)
        .contains(org.assertj.core.groups.Tuple.tuple(cccd, AuditService.DOSSIER_READ,
            "GET /api/dossiers/{cccd}/versions/{n}/pdf"));
  }

  @Test
  void downloadsCurrentDraftWhenFocalOfficerOfTheUnitAsks() throws Exception {
    byte[] pdf = mvc.perform(get("/api/dossiers/{cccd}/pdf", cccd).with(officer("stc.daumoi")))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"so-yeu-ly-lich-" + cccd + "-ban-nhap.pdf\""))
        .andReturn().getResponse().getContentAsByteArray();

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document)).contains("BÙI THỊ THỦY", "bản đang khai");
    }
  }

  @Test
  void refusesWithProblemWhenOfficerOfAnotherUnitAsks() throws Exception {
    driver.submitValidDossier(cccd);

    mvc.perform(get("/api/dossiers/{cccd}/versions/1/pdf", cccd).with(officer("th.daumoi"))
            .accept(MediaType.APPLICATION_PDF))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("dossierForbidden"));
    mvc.perform(get("/api/dossiers/{cccd}/pdf", cccd).with(officer("th.daumoi")))
        .andExpect(status().isForbidden());
    assertThat(audit.eventsOf(cccd)).extracting(AuditEvent::actor, AuditEvent::action)
        .contains(org.assertj.core.groups.Tuple.tuple("th.daumoi", AuditService.DOSSIER_READ_DENIED));
  }

  @Test
  void answersNotFoundWhenTheVersionDoesNotExist() throws Exception {
    driver.submitValidDossier(cccd);

    mvc.perform(get("/api/dossiers/{cccd}/versions/2/pdf", cccd).with(employee())
            .accept(MediaType.APPLICATION_PDF))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("versionNotFound"));
  }

  private static boolean hasImage(PDResources resources) throws IOException {
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof PDImageXObject) {
        return true;
      }
    }
    return false;
  }

  private static byte[] aPhoto() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(40, 60, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }

  private RequestPostProcessor employee() {
    return httpBasic(cccd, TestEmployees.PASSWORD);
  }

  private RequestPostProcessor officer(String username) {
    return httpBasic(username, demoPassword);
  }
}
