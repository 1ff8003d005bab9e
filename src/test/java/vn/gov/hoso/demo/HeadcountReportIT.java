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
import vn.gov.hoso.organisation.NewUnit;
import vn.gov.hoso.support.IntegrationTest;

/**
 * {@code GET /api/reports/headcount} over the demo province. The seed ({@link DemoData#EMPLOYEES}) gives every cán bộ
 * and công chức a rank (01.002 Chuyên viên chính, 01.003 Chuyên viên). Other tests recruit people into the demo units
 * and declare or change ranks, so the report is checked cell by cell, (unit, rank), against the dossiers the search
 * API lists in exactly that unit (a different code path), and each seeded person whose dossier no test has touched
 * since it was opened must be counted under the seeded rank. The report is asked as of a day after every test's clock
 * (tests move the engine clock into 2027 and recruit people then; as of today those dossiers do not exist yet, while
 * the search lists them).
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
    Set<String> demoUnits = DemoData.UNITS.stream().map(NewUnit::id).collect(Collectors.toSet());
    Map<String, Long> cells = new HashMap<>();
    long total = 0;
    for (JsonNode row : report.get("rows")) {
      total += row.get("count").asLong();
      if (!demoUnits.contains(row.get("unitId").asText())) {
        continue; // units other tests add under the root
      }
      cells.merge(row.get("unitId").asText() + " " + row.get("key").asText(), row.get("count").asLong(), Long::sum);
      if (row.get("key").asText().equals("01.003")) {
        assertThat(row.get("label").asText()).isEqualTo("Chuyên viên (01.003)");
      }
    }
    Map<String, Long> listed = new HashMap<>();
    Map<String, JsonNode> byCccd = new HashMap<>();
    for (var unit : DemoData.UNITS) {
      for (String category : RANK_CATEGORIES) {
        int pages = 1;
        for (int number = 0; number < pages; number++) {
          JsonNode page = read("/api/dossiers?size=200&page=" + number + "&archived=false&unitId=" + unit.id()
              + "&personnelCategory=" + category, "admin");
          pages = page.get("totalPages").asInt();
          for (JsonNode item : page.get("items")) {
            if (item.get("unitId").asText().equals(unit.id())) {
              String rank = item.get("rankOrTitleCode").isNull() ? "" : item.get("rankOrTitleCode").asText();
              listed.merge(unit.id() + " " + rank, 1L, Long::sum);
              byCccd.put(item.get("cccd").asText(), item);
            }
          }
        }
      }
    }
    assertThat(cells).isEqualTo(listed);

    long untouched = 0;
    for (DemoData.Person person : DemoData.EMPLOYEES) {
      JsonNode item = byCccd.get(person.cccd());
      if (!RANK_CATEGORIES.contains(person.category()) || item == null
          || !item.get("createdAt").asText().equals(item.get("updatedAt").asText())) {
        continue; // not counted by rank, moved out or archived, or declared since it was opened
      }
      untouched++;
      assertThat(item.get("rankOrTitleCode").asText()).as(person.cccd()).isEqualTo(person.rank());
      assertThat(cells.get(person.unitId() + " " + person.rank())).as(person.cccd()).isNotNull();
    }
    assertThat(untouched).as("seeded people no test has touched").isGreaterThanOrEqualTo(2);
    assertThat(report.get("total").asLong()).isEqualTo(total);
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
