package vn.gov.hoso.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.TestEmployees;

/**
 * The total of {@code GET /api/dossiers} is counted up to {@code hoso.search.count-cap} (3 here, 10,000 by default):
 * above it the answer says "more than" ({@code totalCapped}), at or below it the total is exact; paging goes on
 * past the cap.
 */
@IntegrationTest
@TestPropertySource(properties = "hoso.search.count-cap=3")
class DossierSearchCountCapIT {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired TestEmployees employees;

  @Value("${hoso.demo.password}") String password;

  @Test
  void totalAboveTheCapIsReportedAsMoreThanTheCapAndPagingGoesOn() throws Exception {
    Set<String> recruited = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      recruited.add(employees.recruit("STC-NS", "Phan Văn Đếm", "Nam", LocalDate.of(1980, 1, 10 + i), "Công chức"));
    }

    JsonNode first = search("q=phan van dem&size=2&page=0");
    assertThat(first.path("totalItems").asLong()).isEqualTo(3);
    assertThat(first.path("totalCapped").asBoolean()).isTrue();
    assertThat(first.path("items")).hasSize(2);
    Set<String> seen = new HashSet<>();
    for (int page = 0; page < 3; page++) {
      search("q=phan van dem&size=2&page=" + page).path("items").forEach(i -> seen.add(i.path("cccd").asText()));
    }
    assertThat(seen).as("every match is reachable by paging, past the cap").isEqualTo(recruited);

    JsonNode onePage = search("q=phan van dem&size=20");
    assertThat(onePage.path("totalItems").asLong()).as("one page holds them all: counted from the page").isEqualTo(5);
    assertThat(onePage.path("totalCapped").asBoolean()).isFalse();

    for (int i = 0; i < 3; i++) {
      employees.recruit("STC-NS", "Phan Văn Ba Lượt", "Nam", LocalDate.of(1981, 2, 10 + i), "Công chức");
    }
    JsonNode atTheCap = search("q=phan van ba luot&size=2");
    assertThat(atTheCap.path("totalItems").asLong()).as("counted, exactly the cap").isEqualTo(3);
    assertThat(atTheCap.path("totalCapped").asBoolean()).isFalse();
    assertThat(atTheCap.path("totalPages").asLong()).isEqualTo(2);

    JsonNode one = search("q=" + recruited.iterator().next());
    assertThat(one.path("totalItems").asLong()).isEqualTo(1);
    assertThat(one.path("totalCapped").asBoolean()).isFalse();
  }

  private JsonNode search(String query) throws Exception {
    String body = mvc.perform(get("/api/dossiers?" + query).with(httpBasic("stc.daumoi", password)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    return json.readTree(body);
  }
}
