package vn.gov.hoso.demo;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gov.hoso.organisation.QuotaCategory;
import vn.gov.hoso.organisation.StaffingQuota;
import vn.gov.hoso.support.IntegrationTest;

/**
 * The organisation and report API on the demo province: the tree, a unit's officers, the seeded quotas, and the quota
 * report against the seeded people. Units no other test recruits into (PH, STC-VP) are compared exactly with
 * {@link DemoData}; the quota columns of every demo unit equal {@link DemoData#QUOTAS}.
 */
@IntegrationTest
class OrganisationApiIT {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;

  @Value("${hoso.demo.password}")
  String demoPassword;

  @Test
  void showsTheProvinceTreeInPathOrderToAnySignedInUser() throws Exception {
    mvc.perform(get("/api/units?asOf=2026-01-01").with(user("038185011234")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].id").value("HY"))
        .andExpect(jsonPath("$[0].path").value("/HY/"))
        .andExpect(jsonPath("$[?(@.id == 'STC-NS')].path").value("/HY/STC/STC-NS/"));
    mvc.perform(get("/api/units?rootId=PH").with(user("th.daumoi")))
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[1].id").value("TH-HN"))
        .andExpect(jsonPath("$[1].kind").value("TRUONG"));
  }

  @Test
  void namesTheHeadAndFocalOfficersOfAUnit() throws Exception {
    mvc.perform(get("/api/units/TH-HN").with(user("th.daumoi")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.unit.name").value("Trường Tiểu học Hồng Nam"))
        .andExpect(jsonPath("$.heads[0].username").value("th.hieutruong"))
        .andExpect(jsonPath("$.focalOfficers[0].username").value("th.daumoi"));
  }

  @Test
  void reportsQuotaAgainstTheSeededPeople() throws Exception {
    JsonNode report = json.readTree(mvc.perform(get("/api/reports/quotas?unitId=HY&year=" + DemoData.QUOTA_YEAR)
            .with(user("admin")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

    Map<String, JsonNode> rows = new HashMap<>();
    report.forEach(row -> rows.put(row.get("unitId").asText(), row));
    for (StaffingQuota quota : DemoData.QUOTAS) {
      for (QuotaCategory category : QuotaCategory.values()) {
        Assertions.assertThat(rows.get(quota.unitId()).at("/lines/" + category + "/quota").asInt())
            .as(quota.unitId() + " " + category).isEqualTo(quota.of(category));
      }
    }
    for (String unit : List.of("PH", "STC-VP")) {
      Map<QuotaCategory, Long> seeded = DemoData.EMPLOYEES.stream().filter(p -> p.unitId().equals(unit))
          .collect(Collectors.groupingBy(p -> QuotaCategory.of(p.category()).orElseThrow(), Collectors.counting()));
      for (QuotaCategory category : QuotaCategory.values()) {
        long expected = seeded.getOrDefault(category, 0L);
        JsonNode line = rows.get(unit).at("/lines/" + category);
        Assertions.assertThat(line.get("actual").asLong()).as(unit + " " + category).isEqualTo(expected);
        Assertions.assertThat(line.get("difference").asLong()).isEqualTo(line.get("quota").asLong() - expected);
      }
      Assertions.assertThat(rows.get(unit).get("recordedNotWorking")).isEmpty();
      Assertions.assertThat(rows.get(unit).get("workingNotRecorded")).isEmpty();
    }
  }

  @Test
  void givesTheQuotaReportAsAnExcelSheetWithTheSameFigures() throws Exception {
    JsonNode report = json.readTree(mvc.perform(get("/api/reports/quotas?unitId=STC&year=" + DemoData.QUOTA_YEAR)
        .with(user("stc.daumoi"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    byte[] xlsx = mvc.perform(get("/api/reports/quotas?unitId=STC&year=" + DemoData.QUOTA_YEAR)
            .with(user("stc.daumoi")).accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("bien-che-STC-2026")))
        .andReturn().getResponse().getContentAsByteArray();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheet("Biên chế");
      Assertions.assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("Sở Tài chính tỉnh Hưng Yên");
      Assertions.assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Biên chế công chức - giao");
      Assertions.assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Biên chế công chức - có mặt");
      Assertions.assertThat(sheet.getLastRowNum()).isEqualTo(1 + report.size() + 1);
      int quotaTotal = 0;
      for (int i = 0; i < report.size(); i++) {
        JsonNode row = report.get(i);
        Row cells = sheet.getRow(2 + i);
        Assertions.assertThat(cells.getCell(1).getStringCellValue()).isEqualTo(row.get("code").asText());
        JsonNode civil = row.at("/lines/CIVIL_SERVANT");
        if (civil.get("quota").isNull()) {
          Assertions.assertThat(cells.getCell(3).getStringCellValue()).isEmpty();
        } else {
          Assertions.assertThat(cells.getCell(3).getNumericCellValue()).isEqualTo(civil.get("quota").asDouble());
          quotaTotal += civil.get("quota").asInt();
        }
        Assertions.assertThat(cells.getCell(4).getNumericCellValue()).isEqualTo(civil.get("actual").asDouble());
      }
      Row totals = sheet.getRow(2 + report.size());
      Assertions.assertThat(totals.getCell(2).getStringCellValue()).isEqualTo("Tổng cộng");
      Assertions.assertThat(totals.getCell(3).getNumericCellValue()).isEqualTo(quotaTotal);
      Assertions.assertThat(quotaTotal).isEqualTo(25 + 2 + 3);
    }
  }

  @Test
  void readsQuotasInScopeAndRefusesThemOutsideIt() throws Exception {
    mvc.perform(get("/api/units/TH-HN/quotas/" + DemoData.QUOTA_YEAR).with(user("th.daumoi")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.publicEmployees").value(5))
        .andExpect(jsonPath("$.positions[?(@.code == 'GV-TH')].headcount").value(4));
    mvc.perform(get("/api/units/STC/quotas/" + DemoData.QUOTA_YEAR).with(user("th.daumoi")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("unitOutOfScope"))
        .andExpect(jsonPath("$.titleVi").value("Đơn vị ngoài phạm vi"))
        .andExpect(jsonPath("$.titleEn").value("Unit outside your scope"));
    mvc.perform(get("/api/reports/quotas?unitId=STC&year=2026").with(user("033187023456")))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("unitOutOfScope"));
  }

  @Test
  void letsOnlyTheAdministratorSetQuotasAndKeepsThemOnBadInput() throws Exception {
    String body = """
        {"civilServants":0,"publicEmployees":6,"contractWorkers":1,"decisionNumber":"QĐ 20/QĐ-UBND",
         "positions":[{"code":"GV-TH","name":"Giáo viên tiểu học","category":"PUBLIC_EMPLOYEE","headcount":5}]}""";
    mvc.perform(put("/api/units/TH-HN/quotas/2027").with(user("th.hieutruong"))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("administratorOnly"));
    mvc.perform(put("/api/units/TH-HN/quotas/2027").with(user("admin"))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isOk());
    mvc.perform(put("/api/units/TH-HN/quotas/2027").with(user("admin"))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body.replace("\"publicEmployees\":6", "\"publicEmployees\":-1")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("quotaInvalid"));
    mvc.perform(get("/api/units/TH-HN/quotas/2027").with(user("th.daumoi")))
        .andExpect(jsonPath("$.publicEmployees").value(6))
        .andExpect(jsonPath("$.positions[0].headcount").value(5));
  }

  private RequestPostProcessor user(String username) {
    return httpBasic(username, demoPassword);
  }
}
