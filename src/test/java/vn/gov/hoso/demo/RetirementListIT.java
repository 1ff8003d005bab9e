package vn.gov.hoso.demo;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.hoso.audit.AuditService;
import vn.gov.hoso.support.IntegrationTest;

/**
 * {@code GET /api/retirements} over the demo data: the 2027 list of the seeded people equals Appendix I of Nghị định
 * 135/2020/NĐ-CP for their months of birth (men born 07/1965–03/1966 retire at 61 years 9 months, women born
 * 01/1970–08/1970 at 57 years 4 months, on the last day of the month the age is reached). Other tests add people, so
 * only the seeded ones are compared.
 */
@IntegrationTest
class RetirementListIT {

  /** cccd, fullName, gender, dateOfBirth, retirementDate: Appendix I, in the order of the list. */
  static final List<List<String>> EXPECTED_2027 = List.of(
      List.of("033065012345", "Đinh Văn Bình", "Nam", "1965-12-01", "2027-09-30"),   // 12/1965: 61y9m → pension 10/2027
      List.of("033170034567", "Tạ Thị Hạnh", "Nữ", "1970-05-20", "2027-09-30"),      // 05/1970: 57y4m → pension 10/2027
      List.of("033066023456", "Lương Văn Cường", "Nam", "1966-03-31", "2027-12-31"), // 03/1966: 61y9m → pension 01/2028
      List.of("033170045678", "Mai Thị Loan", "Nữ", "1970-08-31", "2027-12-31"));    // 08/1970: 57y4m → pension 01/2028

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired AuditService audit;

  @Value("${hoso.demo.password}")
  String demoPassword;

  @Test
  void listsTheSeededPeopleOf2027AsAppendixIOfTheDecreeSays() throws Exception {
    List<List<String>> seeded = seededRows(list("admin", "/api/retirements?year=2027"));

    Assertions.assertThat(seeded).isEqualTo(EXPECTED_2027);
    Assertions.assertThat(audit.eventsOf("033065012345"))
        .anyMatch(e -> e.action().equals(AuditService.DOSSIER_READ) && e.actor().equals("admin"));
  }

  @Test
  void leavesOutTheSeededPeopleRetiringIn2026And2028() throws Exception {
    Assertions.assertThat(seededRows(list("admin", "/api/retirements?year=2026")))
        .containsExactly(List.of("033065056789", "Kiều Văn Dũng", "Nam", "1965-03-10", "2026-09-30"));
    Assertions.assertThat(seededRows(list("admin", "/api/retirements?year=2028")))
        .containsExactly(List.of("033170067890", "Lã Thị Hoa", "Nữ", "1970-09-02", "2028-05-31"));
  }

  @Test
  void listsOnlyTheCallersScopeAndRefusesAUnitOutsideIt() throws Exception {
    Assertions.assertThat(seededRows(list("th.daumoi", "/api/retirements?year=2027")))
        .containsExactly(EXPECTED_2027.get(2));
    Assertions.assertThat(seededRows(list("stc.daumoi", "/api/retirements?year=2027&unitId=STC")))
        .containsExactly(EXPECTED_2027.get(0), EXPECTED_2027.get(1));
    mvc.perform(get("/api/retirements?year=2027&unitId=TH-HN").with(httpBasic("stc.daumoi", demoPassword)))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("unitOutOfScope"));
    mvc.perform(get("/api/retirements?year=1800").with(httpBasic("admin", demoPassword)))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("badParameter"));
  }

  private JsonNode list(String user, String path) throws Exception {
    return json.readTree(mvc.perform(get(path).with(httpBasic(user, demoPassword)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  private static List<List<String>> seededRows(JsonNode answer) {
    Set<String> seeded = DemoData.EMPLOYEES.stream().map(DemoData.Person::cccd).collect(Collectors.toSet());
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode row : answer) {
      if (seeded.contains(row.path("cccd").asText())) {
        rows.add(List.of(row.path("cccd").asText(), row.path("fullName").asText(), row.path("gender").asText(),
            row.path("dateOfBirth").asText(), row.path("retirementDate").asText()));
      }
    }
    return rows;
  }
}
