package vn.gov.hoso.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gov.hoso.support.IntegrationTest;

/**
 * The calendar API as its users meet it: due dates of the announced calendar (rules §8.3), days off with their
 * kinds, signing windows, 400 problem+json for bad input, and the administrator replacing a year.
 */
@IntegrationTest
class CalendarApiIT {

  /** A made-up announcement for 2150: 1/1 (Thursday) off, Friday 2/1 swapped against Saturday 10/1. */
  static final String ANNOUNCEMENT_2150 = """
      [{"date":"2150-01-01","kind":"holiday","name":"Tết Dương lịch"},
       {"date":"2150-01-02","kind":"swapped_off","name":"Nghỉ hoán đổi (làm bù ngày 10/01/2150)"},
       {"date":"2150-01-10","kind":"SWAPPED_WORKDAY","name":"Làm bù cho ngày 02/01/2150"}]""";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Value("${hoso.demo.password}")
  String demoPassword;

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
      "2026-01-08, 2, 2026-01-10",
      "2026-02-09, 5, 2026-02-23",
      "2026-04-23, 2, 2026-04-28",
      "2025-05-02, 1, 2025-05-05",
      "2027-02-01, 5, 2027-02-15"})
  void returnsDueDateWhenWorkingDaysAreAdded(String from, int days, String due) throws Exception {
    mvc.perform(get("/api/calendar/working-days/add").param("from", from).param("days", String.valueOf(days))
            .with(employee()))
        .andExpect(status().isOk())
        .andExpect(content().json("{\"from\":\"" + from + "\",\"days\":" + days + ",\"due\":\"" + due + "\"}", true));
  }

  @Test
  void countsWorkingDaysBetweenTwoDatesBothWays() throws Exception {
    mvc.perform(get("/api/calendar/working-days/between").param("from", "2026-02-09").param("to", "2026-02-23")
            .with(employee()))
        .andExpect(status().isOk())
        .andExpect(content().json("{\"from\":\"2026-02-09\",\"to\":\"2026-02-23\",\"count\":5}", true));
    mvc.perform(get("/api/calendar/working-days/between").param("from", "2026-02-23").param("to", "2026-02-09")
            .with(employee()))
        .andExpect(jsonPath("$.count").value(-5));
  }

  @Test
  void listsDaysOffWithKindAndNameWhenYearIsGiven() throws Exception {
    mvc.perform(get("/api/calendar/days-off").param("year", "2026").with(employee()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].date").value("2026-01-01"))
        .andExpect(jsonPath("$[0].kind").value("holiday"))
        .andExpect(jsonPath("$[0].name").value("Tết Dương lịch"))
        .andExpect(jsonPath("$[?(@.date == '2026-01-02')].kind").value("swapped_off"))
        .andExpect(jsonPath("$[?(@.date == '2026-01-10')].kind").value("swapped_workday"))
        .andExpect(jsonPath("$[?(@.date == '2026-02-16')].name").value("Tết Nguyên đán"));
    mvc.perform(get("/api/calendar/days-off").param("year", "2027").with(employee()))
        .andExpect(jsonPath("$[?(@.date == '2027-02-09')].kind").value("compensatory"));
  }

  @Test
  void returnsSigningWindowOfTierAndMonth() throws Exception {
    mvc.perform(get("/api/calendar/signing-window").param("tier", "base").param("month", "2026-02").with(employee()))
        .andExpect(status().isOk())
        .andExpect(content().json("{\"opens\":\"2026-02-23\",\"closes\":\"2026-02-23\"}", true));
    mvc.perform(get("/api/calendar/signing-window").param("tier", "province").param("month", "2026-12")
            .with(employee()))
        .andExpect(content().json("{\"opens\":\"2026-12-25\",\"closes\":\"2026-12-31\"}", true));
    mvc.perform(get("/api/calendar/signing-window").param("tier", "department").param("month", "2026-08")
            .with(employee()))
        .andExpect(content().json("{\"opens\":\"2026-08-24\",\"closes\":\"2026-08-25\"}", true));
  }

  @ParameterizedTest(name = "{0}?{1}={2} -> {3}")
  @CsvSource({
      "/api/calendar/working-days/add, days, 0, dayCountOutOfRange",
      "/api/calendar/working-days/add, days, -3, dayCountOutOfRange",
      "/api/calendar/working-days/add, days, 3651, dayCountOutOfRange",
      "/api/calendar/working-days/add, days, năm, badParameter",
      "/api/calendar/working-days/add, from, 2026-02-30, badParameter",
      "/api/calendar/working-days/add, from, 09/02/2026, badParameter",
      "/api/calendar/working-days/add, from, 1899-12-31, yearOutOfRange",
      "/api/calendar/working-days/add, from, 2200-01-01, yearOutOfRange",
      "/api/calendar/working-days/between, to, 2026-1-5, badParameter",
      "/api/calendar/working-days/between, to, 2200-01-01, yearOutOfRange",
      "/api/calendar/days-off, year, 1899, yearOutOfRange",
      "/api/calendar/days-off, year, 2200, yearOutOfRange",
      "/api/calendar/days-off, year, MMXXVI, badParameter",
      "/api/calendar/signing-window, tier, commune, badParameter",
      "/api/calendar/signing-window, month, 2026-13, badParameter",
      "/api/calendar/signing-window, month, 2200-01, yearOutOfRange"})
  void refusesBadInputWithBilingualProblem(String path, String parameter, String value, String code)
      throws Exception {
    Map<String, String> parameters = new HashMap<>(Map.of("from", "2026-02-09", "to", "2026-02-23", "days", "5",
        "year", "2026", "tier", "base", "month", "2026-02"));
    parameters.put(parameter, value);
    MockHttpServletRequestBuilder request = get(path).with(employee());
    parameters.forEach(request::param);
    mvc.perform(request)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value(code))
        .andExpect(jsonPath("$.titleVi").isNotEmpty())
        .andExpect(jsonPath("$.detailEn").isNotEmpty());
  }

  @Test
  void explainsTheRangeInBothLanguagesWhenNumberOfDaysIsTooLarge() throws Exception {
    mvc.perform(get("/api/calendar/working-days/add").param("from", "2026-02-09").param("days", "3651")
            .with(employee()))
        .andExpect(jsonPath("$.detailVi").value("Số ngày phải từ 1 đến 3650 (giá trị nhận được: 3651)."))
        .andExpect(jsonPath("$.detailEn").value("The number of days must be between 1 and 3650 (received: 3651)."));
    mvc.perform(get("/api/calendar/working-days/add").param("from", "2199-06-01").param("days", "3650")
            .with(employee()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("resultOutOfRange"));
  }

  @Test
  void replacesAndStoresYearWhenAdministratorPutsAnAnnouncement() throws Exception {
    replace2150("admin")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.year").value(2150))
        .andExpect(jsonPath("$.days.length()").value(3))
        .andExpect(jsonPath("$.days[2].kind").value("swapped_workday"));

    mvc.perform(get("/api/calendar/days-off").param("year", "2150").with(employee()))
        .andExpect(jsonPath("$.length()").value(3))
        .andExpect(jsonPath("$[1].name").value("Nghỉ hoán đổi (làm bù ngày 10/01/2150)"));
    mvc.perform(get("/api/calendar/working-days/add").param("from", "2149-12-31").param("days", "2")
            .with(employee()))
        .andExpect(jsonPath("$.due").value("2150-01-06"));
    mvc.perform(get("/api/calendar/working-days/add").param("from", "2150-01-09").param("days", "1")
            .with(employee()))
        .andExpect(jsonPath("$.due").value("2150-01-10"));
    assertThat(jdbc.sql("select count(*) from calendar_day_off where schedule_year = 2150").query(Integer.class)
        .single()).isEqualTo(3);
  }

  @Test
  void refusesReplacementToAnyoneButTheAdministrator() throws Exception {
    replace2150("stc.daumoi")
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("administratorOnly"))
        .andExpect(jsonPath("$.titleEn").value("Administrators only"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      compensatory day on a Saturday | 2150 | [{"date":"2150-01-03","kind":"compensatory","name":"Nghỉ bù"}] | dayOffInvalid
      date listed twice              | 2150 | [{"date":"2150-01-01","kind":"holiday","name":"A"},{"date":"2150-01-01","kind":"holiday","name":"B"}] | yearScheduleInvalid
      date two years away            | 2150 | [{"date":"2152-01-01","kind":"holiday","name":"Tết Dương lịch"}] | yearScheduleInvalid
      empty list                     | 2150 | [] | yearScheduleInvalid
      unknown kind                   | 2150 | [{"date":"2150-01-01","kind":"festival","name":"Lễ hội"}] | badParameter
      missing name                   | 2150 | [{"date":"2150-01-01","kind":"holiday"}] | badParameter
      missing date                   | 2150 | [{"kind":"holiday","name":"Tết Dương lịch"}] | missingParameter
      null entry                     | 2150 | [null] | missingParameter
      malformed date                 | 2150 | [{"date":"01/01/2150","kind":"holiday","name":"Tết Dương lịch"}] | unreadableBody
      not JSON                       | 2150 | ngày nghỉ | unreadableBody
      year before 1900               | 1899 | [{"date":"1899-01-02","kind":"holiday","name":"Tết Dương lịch"}] | yearOutOfRange
      """)
  void refusesInvalidScheduleAndKeepsTheStoredOne(String why, int year, String body, String code) throws Exception {
    mvc.perform(put("/api/calendar/years/{year}", year).contentType(MediaType.APPLICATION_JSON).content(body)
            .with(httpBasic("admin", demoPassword)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value(code));
    mvc.perform(get("/api/calendar/days-off").param("year", "2150").with(employee()))
        .andExpect(jsonPath("$[?(@.date == '2150-01-03')]").isEmpty());
  }

  private ResultActions replace2150(String user) throws Exception {
    return mvc.perform(put("/api/calendar/years/2150").contentType(MediaType.APPLICATION_JSON)
        .content(ANNOUNCEMENT_2150).with(httpBasic(user, demoPassword)));
  }

  private RequestPostProcessor employee() {
    return httpBasic("038185011234", demoPassword);
  }
}
