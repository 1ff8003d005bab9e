package vn.gov.hoso.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
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
import org.springframework.web.client.RestClient;
import vn.gov.hoso.audit.AuditEvent;
import vn.gov.hoso.audit.AuditService;
import vn.gov.hoso.support.DeclarationDriver;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.TestEmployees;

/**
 * The dossier API as its users meet it: HTTP Basic with the demo accounts, scope by unit subtree, audit of every
 * read, problem+json in Vietnamese and English.
 */
@IntegrationTest
@Import({TestEmployees.class, DeclarationDriver.class})
class DossierApiIT {

  static final String SCHOOL_EMPLOYEE = "033187023456";

  @Autowired MockMvc mvc;
  @Autowired TestEmployees employees;
  @Autowired DeclarationDriver driver;
  @Autowired AuditService audit;

  @Value("${hoso.demo.password}")
  String demoPassword;

  @Value("${local.server.port}")
  int port;

  String cccd;

  @BeforeEach
  void recruit() {
    cccd = employees.recruitWoman1985("STC-NS", "Lê Thị Thanh Thảo");
  }

  @Test
  void showsOwnDossierToEmployee() throws Exception {
    mvc.perform(get("/api/me/dossier").with(employee()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.cccd").value(cccd))
        .andExpect(jsonPath("$.status").value("Đang cập nhật"))
        .andExpect(jsonPath("$.currentVersion").value(0))
        .andExpect(jsonPath("$.data.fullName").value("Lê Thị Thanh Thảo"))
        .andExpect(jsonPath("$.data.employingUnitId").value("STC-NS"));
  }

  @Test
  void showsDossierOfSubtreeToFocalOfficerAndAuditsTheRead() throws Exception {
    mvc.perform(get("/api/dossiers/{cccd}", cccd).with(officer("stc.daumoi")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.fullName").value("Lê Thị Thanh Thảo"));

    assertThat(audit.eventsOf(cccd)).extracting(AuditEvent::actor, AuditEvent::action, AuditEvent::endpoint)
        .contains(org.assertj.core.groups.Tuple.tuple("stc.daumoi", AuditService.DOSSIER_READ,
            "GET /api/dossiers/{cccd}"));
  }

  @Test
  void refusesDossierOfAnotherUnitToSchoolEmployeeWithBilingualProblem() throws Exception {
    mvc.perform(get("/api/dossiers/{cccd}", cccd).with(httpBasic(SCHOOL_EMPLOYEE, demoPassword)))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("dossierForbidden"))
        .andExpect(jsonPath("$.titleVi").value("Không có quyền xem hồ sơ"))
        .andExpect(jsonPath("$.titleEn").value("Not allowed to read this dossier"));

    assertThat(audit.eventsOf(cccd)).extracting(AuditEvent::actor, AuditEvent::action)
        .contains(org.assertj.core.groups.Tuple.tuple(SCHOOL_EMPLOYEE, AuditService.DOSSIER_READ_DENIED));
  }

  @Test
  void refusesDossierOfAnotherUnitToSchoolFocalOfficer() throws Exception {
    mvc.perform(get("/api/dossiers/{cccd}/history", cccd).with(officer("th.daumoi")))
        .andExpect(status().isForbidden());
  }

  @Test
  void hidesWhetherUnknownDossierExistsFromUnitScopedReaders() throws Exception {
    String unknown = employees.newCccd("Nam", java.time.LocalDate.of(1990, 1, 1));
    mvc.perform(get("/api/dossiers/{cccd}", unknown).with(officer("th.daumoi")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/dossiers/{cccd}", unknown).with(officer("admin")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("dossierNotFound"));
  }

  @Test
  void showsHistoryVersionsAndDiffAfterRejectionAndApproval() throws Exception {
    driver.submitValidDossier(cccd);
    driver.review(cccd, "reject", "Thiếu số điện thoại liên hệ mới.");
    driver.declare(cccd, Map.of("contactPhone", "0987654321", "action", "submit"));
    driver.review(cccd, "approve", "Đã đối chiếu hồ sơ giấy.");

    mvc.perform(get("/api/dossiers/{cccd}", cccd).with(officer("stc.daumoi")))
        .andExpect(jsonPath("$.status").value("Xác nhận"))
        .andExpect(jsonPath("$.statusCode").value("CONFIRMED"))
        .andExpect(jsonPath("$.currentVersion").value(2));
    mvc.perform(get("/api/dossiers/{cccd}/history", cccd).with(employee()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].actionCode", hasItem("REJECT")))
        .andExpect(jsonPath("$[?(@.actionCode == 'REJECT')].note").value("Thiếu số điện thoại liên hệ mới."))
        .andExpect(jsonPath("$[?(@.actionCode == 'REJECT')].actor").value("stc.daumoi"));
    mvc.perform(get("/api/dossiers/{cccd}/versions/1", cccd).with(employee()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.number").value(1))
        .andExpect(jsonPath("$.submittedBy").value(cccd))
        .andExpect(jsonPath("$.data.contactPhone").value(not("0987654321")));
    mvc.perform(get("/api/dossiers/{cccd}/versions/1/diff/2", cccd).with(officer("stc.daumoi")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.changes.length()").value(1))
        .andExpect(jsonPath("$.changes[0].path").value("contactPhone"))
        .andExpect(jsonPath("$.changes[0].after").value("0987654321"));
    mvc.perform(get("/api/dossiers/{cccd}/versions/9", cccd).with(employee()))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("versionNotFound"));
  }

  @Test
  void listsOnlyDossiersInScopeMatchingNameWithoutDiacritics() throws Exception {
    mvc.perform(get("/api/dossiers").param("q", "le thi thanh thao").with(officer("stc.daumoi")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].cccd", hasItem(cccd)));
    mvc.perform(get("/api/dossiers").param("q", "le thi thanh thao").with(officer("th.daumoi")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].cccd", not(hasItem(cccd))));
    mvc.perform(get("/api/dossiers").param("unitId", "STC-NS").param("status", "Đang cập nhật")
            .param("q", cccd).with(officer("admin")))
        .andExpect(jsonPath("$.totalItems").value(1));
  }

  @Test
  void rejectsBadListParametersWithProblem() throws Exception {
    mvc.perform(get("/api/dossiers").param("status", "DONE").with(officer("admin")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("badParameter"));
    mvc.perform(get("/api/dossiers").param("size", "5000").with(officer("admin")))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/dossiers").param("page", "abc").with(officer("admin")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detailEn", containsString("page")));
  }

  @Test
  void asksForCredentialsWithProblemWhenUnauthenticated() throws Exception {
    mvc.perform(get("/api/me/dossier"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Basic")))
        .andExpect(jsonPath("$.code").value("unauthenticated"));
    mvc.perform(get("/api/me/dossier").with(httpBasic(cccd, "wrong-password")))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void linksUploadedEvidenceToTheNextVersion() throws Exception {
    MockMultipartFile scan = new MockMultipartFile("file", "quyet-dinh-tuyen-dung.pdf", "application/pdf",
        "%PDF-1.4 quyết định".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    mvc.perform(multipart("/api/dossiers/{cccd}/attachments", cccd).file(scan)
            .param("documentType", "Quyết định tuyển dụng").param("fieldKey", "firstRecruitmentDate")
            .with(employee()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.versionNumber").doesNotExist());
    mvc.perform(multipart("/api/dossiers/{cccd}/attachments", cccd).file(scan).param("documentType", "Bằng")
            .with(officer("stc.daumoi")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("attachmentOwnerOnly"));
    MockMultipartFile exe = new MockMultipartFile("file", "virus.exe", "application/x-msdownload", new byte[] {1});
    mvc.perform(multipart("/api/dossiers/{cccd}/attachments", cccd).file(exe).param("documentType", "Bằng")
            .with(employee()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("attachmentType"));

    driver.submitValidDossier(cccd);

    mvc.perform(get("/api/dossiers/{cccd}/attachments", cccd).with(officer("stc.daumoi")))
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].versionNumber").value(1))
        .andExpect(jsonPath("$[0].documentType").value("Quyết định tuyển dụng"));
  }

  @Test
  void makesUploadedPhotoTheDossierPhotoWhenSubmitting() throws Exception {
    MockMultipartFile photo = new MockMultipartFile("file", "anh-the.jpg", "image/jpeg", new byte[] {(byte) 0xFF,
        (byte) 0xD8, (byte) 0xFF, 1, 2, 3});
    String body = mvc.perform(multipart("/api/dossiers/{cccd}/attachments", cccd).file(photo)
            .param("documentType", "Ảnh chân dung 4 x 6").param("fieldKey", "photo").with(employee()))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    String attachmentId = com.jayway.jsonpath.JsonPath.read(body, "$.id");

    driver.submitValidDossier(cccd);

    mvc.perform(get("/api/dossiers/{cccd}/versions/1", cccd).with(employee()))
        .andExpect(jsonPath("$.data.photo").value(attachmentId));
  }

  @Test
  void servesUploadPageToTheSignedInEmployee() throws Exception {
    mvc.perform(get("/api/me/upload").with(employee()))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andExpect(content().string(containsString("const cccd = \"" + cccd + "\"")));
  }

  @Test
  void servesOpenApiDescriptionOfTheDossierApi() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/dossiers/{cccd}']").exists())
        .andExpect(jsonPath("$.paths['/api/dossiers/{cccd}/versions/{a}/diff/{b}']").exists());
  }

  @Test
  void showsEmployeeOnlyOwnTasksOnEngineRest() {
    RestClient rest = RestClient.create("http://localhost:" + port + "/engine-rest");
    int anonymous = rest.get().uri("/task").exchange((request, response) -> response.getStatusCode().value());
    assertThat(anonymous).isEqualTo(401);

    String tasks = rest.get().uri("/task")
        .headers(h -> h.setBasicAuth(cccd, TestEmployees.PASSWORD))
        .retrieve().body(String.class);
    assertThat(tasks).contains("\"assignee\":\"" + cccd + "\"");
    assertThat(tasks.split("\"id\"", -1).length - 1).isEqualTo(1);
  }

  private RequestPostProcessor employee() {
    return httpBasic(cccd, TestEmployees.PASSWORD);
  }

  private RequestPostProcessor officer(String username) {
    return httpBasic(username, demoPassword);
  }
}
