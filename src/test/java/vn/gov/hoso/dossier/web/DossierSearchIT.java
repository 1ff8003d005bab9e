package vn.gov.hoso.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gov.hoso.audit.AuditService;
import vn.gov.hoso.organisation.Account;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Role;
import vn.gov.hoso.dossier.DossierSearch;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.TestEmployees;

/**
 * {@code GET /api/dossiers} with the search criteria, the export and the saved searches, over MockMvc with the demo
 * officers. Each test recruits its own "Nguyễn Thị Thủy" into Phòng Quản lý ngân sách (STC-NS, under Sở Tài chính).
 */
@IntegrationTest
class DossierSearchIT {

  static final String STC_FOCAL = "stc.daumoi";
  static final String SCHOOL_FOCAL = "th.daumoi";

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired TestEmployees employees;
  @Autowired AuditService audit;
  @Autowired OrganisationService organisation;

  @Value("${hoso.demo.password}") String password;

  @Test
  void findsTheNameWithoutDiacriticsInTheCallersScopeOnly() throws Exception {
    String cccd = employees.recruit("STC-NS", "Nguyễn Thị Thủy", "Nữ", LocalDate.of(1990, 4, 2), "Công chức");

    assertThat(cccds(search(STC_FOCAL, "q=Nguyen Thi Thuy"))).contains(cccd);
    assertThat(cccds(search(STC_FOCAL, "q=NGUYỄN THỊ THỦY&unitId=STC-NS&personnelCategory=Công chức")))
        .contains(cccd);
    assertThat(cccds(search(STC_FOCAL, "q=" + cccd.substring(0, 9)))).contains(cccd);
    assertThat(cccds(search(SCHOOL_FOCAL, "q=Nguyen Thi Thuy"))).doesNotContain(cccd);
  }

  @Test
  void officerWhoseOwnDossierIsKeptOutsideTheirSubtreeFindsTheSubtreeAndTheirOwnOnly() throws Exception {
    // seconded: the dossier stays with the school (TH-HN), the account works as focal officer of STC-NS
    String seconded = employees.recruit("TH-HN", "Vũ Thị Biệt Phái", "Nữ", LocalDate.of(1988, 3, 4), "Viên chức");
    organisation.addAccount(new Account(seconded, "Vũ Thị Biệt Phái", "STC-NS", Set.of(Role.FOCAL_OFFICER)));
    String colleague = employees.recruit("STC-NS", "Vũ Văn Đồng Nghiệp", "Nam", LocalDate.of(1987, 5, 6), "Công chức");

    JsonNode page = json.readTree(mvc.perform(get("/api/dossiers?q=vu&size=200")
            .with(httpBasic(seconded, TestEmployees.PASSWORD)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

    assertThat(cccds(page)).contains(seconded, colleague);
    page.get("items").forEach(item -> assertThat(item.get("unitId").asText()).as(item.toString())
        .isIn("STC-NS", "TH-HN"));
    assertThat(cccds(json.readTree(mvc.perform(get("/api/dossiers?unitId=TH-HN&size=200")
            .with(httpBasic(seconded, TestEmployees.PASSWORD))).andReturn().getResponse().getContentAsString())))
        .as("of the school only their own dossier").containsExactly(seconded);
  }

  @Test
  void findsĐAsDAndCombinesCriteria() throws Exception {
    // seeded: Đặng Khánh Linh, Nữ, born 08/08/2002, Viên chức of TH-HN
    List<String> found = cccds(search(SCHOOL_FOCAL, "q=dang khanh&gender=Nữ&personnelCategory=Viên chức"));
    assertThat(found).contains("035302067890");
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    int age = java.time.Period.between(LocalDate.of(2002, 8, 8), today).getYears();
    assertThat(cccds(search(SCHOOL_FOCAL, "q=dang khanh&ageFrom=" + age + "&ageTo=" + age))).contains("035302067890");
    assertThat(cccds(search(SCHOOL_FOCAL, "q=dang khanh&ageFrom=" + (age + 1)))).doesNotContain("035302067890");
    assertThat(cccds(search(SCHOOL_FOCAL, "q=dang khanh&gender=Nam"))).isEmpty();
    assertThat(cccds(search(SCHOOL_FOCAL, "q=dang khanh&archived=true"))).isEmpty();
    assertThat(cccds(search(SCHOOL_FOCAL, "q=dang khanh&archived=false&employmentStatus=ACTIVE"))).contains(
        "035302067890");
  }

  @Test
  void sortsByAWhitelistedFieldAndRefusesOthersAsBadParameter() throws Exception {
    JsonNode page = search(SCHOOL_FOCAL, "unitId=TH-HN&sort=dateOfBirth,desc&size=200");
    List<String> births = new ArrayList<>();
    page.get("items").forEach(i -> births.add(i.get("dateOfBirth").asText()));
    assertThat(births).isSortedAccordingTo(java.util.Comparator.reverseOrder());

    for (String bad : List.of("sort=content,asc", "sort=fullName,up", "ageFrom=abc", "archived=maybe",
        "recruitedFrom=2020-13-01", "ageFrom=50&ageTo=30", "status=UNKNOWN", "size=500")) {
      mvc.perform(get("/api/dossiers?" + bad).with(user(SCHOOL_FOCAL)).header("Accept-Language", "en"))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.code").value("badParameter"));
    }
  }

  @Test
  void exportsTheResultsToExcelWithVietnameseHeadersAndAuditsEachDossier() throws Exception {
    String cccd = employees.recruit("STC-NS", "Nguyễn Thị Thủy", "Nữ", LocalDate.of(1991, 5, 3), "Công chức");
    MvcResult started = mvc.perform(get("/api/dossiers/export?q=Nguyen Thi Thuy&format=xlsx").with(user(STC_FOCAL)))
        .andExpect(request().asyncStarted()).andReturn();
    byte[] xlsx = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsByteArray();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Họ và tên");
      List<String> ids = new ArrayList<>();
      for (Row row : sheet) {
        if (row.getRowNum() > 0) {
          ids.add(row.getCell(1).getStringCellValue());
          assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Nguyễn Thị Thủy");
        }
      }
      assertThat(ids).contains(cccd);
    }
    assertThat(audit.eventsOf(cccd)).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo(DossierSearch.AUDIT_EXPORT);
      assertThat(e.actor()).isEqualTo(STC_FOCAL);
    });

    MvcResult csv = mvc.perform(get("/api/dossiers/export?q=" + cccd + "&format=csv").with(user(STC_FOCAL)))
        .andExpect(request().asyncStarted()).andReturn();
    String text = new String(mvc.perform(asyncDispatch(csv)).andReturn().getResponse().getContentAsByteArray(),
        StandardCharsets.UTF_8);
    assertThat(text).contains("Số CCCD").contains(cccd + ",Nguyễn Thị Thủy");
  }

  @Test
  void keepsSavedSearchesPerUser() throws Exception {
    String body = json.writeValueAsString(java.util.Map.of("name", "Chị Thủy", "query", "q=Nguyen Thi Thuy"));
    JsonNode saved = json.readTree(mvc.perform(post("/api/searches").with(user(STC_FOCAL))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    String id = saved.get("id").asText();
    assertThat(json.readTree(mvc.perform(get("/api/searches").with(user(STC_FOCAL))).andReturn().getResponse()
        .getContentAsString()).findValuesAsText("id")).contains(id);
    assertThat(json.readTree(mvc.perform(get("/api/searches").with(user(SCHOOL_FOCAL))).andReturn().getResponse()
        .getContentAsString()).findValuesAsText("id")).doesNotContain(id);
    mvc.perform(delete("/api/searches/" + id).with(user(SCHOOL_FOCAL))).andExpect(status().isNotFound());
    mvc.perform(delete("/api/searches/" + id).with(user(STC_FOCAL))).andExpect(status().isNoContent());
    mvc.perform(post("/api/searches").with(user(STC_FOCAL)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"name\":\"\",\"query\":\"q=x\"}")).andExpect(status().isBadRequest());
  }

  private JsonNode search(String username, String query) throws Exception {
    return json.readTree(mvc.perform(get("/api/dossiers?" + query).with(user(username)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  private static List<String> cccds(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(item -> ids.add(item.get("cccd").asText()));
    return ids;
  }

  private RequestPostProcessor user(String username) {
    return httpBasic(username, password);
  }
}
