package vn.gov.hoso.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.hoso.support.IntegrationTest;

/**
 * {@code GET /api/reports/headcount} over the demo province. The seed ({@link DemoData#EMPLOYEES}) declares no rank,
 * so by rank every cán bộ and công chức of a unit is in the key "" (not declared). Other tests recruit people into
 * the demo units and may declare ranks; the expected count of a unit is therefore the seed's people of the unit plus
 * the non-seed dossiers the search API lists in exactly that unit (a different code path), and the seed's people are
 * all among the undeclared. The report is asked as of a day after every test's clock (tests move the engine clock
 * into 2027 and recruit people then; as of today those dossiers do not exist yet, while the search lists them).
 */
@IntegrationTest
class HeadcountReportIT {

  static final Set<String> RANK_CATEGORIES = Set.of("Cán bộ", "Công chức");
  static final String AFTER_EVERY_TEST = "2099-12-31";

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;

  @Value("${hoso.demo.password}") String password;

  @Test
  void countsTheDemoProvinceByRankAsSeeded() throws Exception {
    JsonNode report = read("/api/reports/headcount?by=rank&unitId=" + DemoData.ROOT + "&asOf=" + AFTER_EVERY_TEST,
        "admin");
    Map<String, Long> perUnit = new HashMap<>();
    long undeclared = 0;
    for (JsonNode row : report.get("rows")) {
      perUnit.merge(row.get("unitId").asText(), row.get("count").asLong(), Long::sum);
      if (row.get("key").asText().isEmpty()) {
        undeclared += row.get("count").asLong();
        assertThat(row.get("label").asText()).isEqualTo("Chưa khai");
      }
    }
    Set<String> seeded = DemoData.EMPLOYEES.stream().map(DemoData.Person::cccd).collect(Collectors.toSet());
    Map<String, Long> seedPerUnit = DemoData.EMPLOYEES.stream()
        .filter(p -> RANK_CATEGORIES.contains(p.category()))
        .collect(Collectors.groupingBy(DemoData.Person::unitId, Collectors.counting()));
    assertThat(seedPerUnit).isNotEmpty();
    for (var unit : DemoData.UNITS) {
      long others = 0;
      for (String category : RANK_CATEGORIES) {
        JsonNode page = read("/api/dossiers?size=200&archived=false&unitId=" + unit.id() + "&personnelCategory="
            + category, "admin");
        for (JsonNode item : page.get("items")) {
          if (item.get("unitId").asText().equals(unit.id()) && !seeded.contains(item.get("cccd").asText())) {
            others++;
          }
        }
      }
      assertThat(perUnit.getOrDefault(unit.id(), 0L)).as(unit.id())
          .isEqualTo(seedPerUnit.getOrDefault(unit.id(), 0L) + others);
    }
    long seedTotal = seedPerUnit.values().stream().mapToLong(Long::longValue).sum();
    assertThat(undeclared).isGreaterThanOrEqualTo(seedTotal);
    assertThat(report.get("total").asLong()).isEqualTo(perUnit.values().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void givesTheSameReportAsAnExcelTableOfUnitsAndRanks() throws Exception {
    byte[] xlsx = mvc.perform(get("/api/reports/headcount?by=gender&unitId=TH-HN").with(user("th.daumoi"))
            .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Đơn vị");
      List<String> headers = java.util.stream.StreamSupport.stream(sheet.getRow(1).spliterator(), false)
          .map(c -> c.getStringCellValue()).toList();
      assertThat(headers).contains("Nữ", "Nam", "Tổng số");
      assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Trường Tiểu học Hồng Nam");
    }
  }

  @Test
  void refusesAnUnknownDimensionAndAUnitOutOfScope() throws Exception {
    mvc.perform(get("/api/reports/headcount?by=salary").with(user("admin"))).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("badParameter"));
    mvc.perform(get("/api/reports/headcount?by=rank&asOf=01-01-2026").with(user("admin")))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/reports/headcount?by=rank&unitId=STC").with(user("th.daumoi")))
        .andExpect(status().isForbidden());
  }

  private JsonNode read(String url, String username) throws Exception {
    return json.readTree(mvc.perform(get(url).with(user(username))).andExpect(status().isOk()).andReturn()
        .getResponse().getContentAsString());
  }

  private org.springframework.test.web.servlet.request.RequestPostProcessor user(String username) {
    return httpBasic(username, password);
  }
}
