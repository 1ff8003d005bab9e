package vn.gov.hoso.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.hoso.calendar.internal.CalendarFixtures.officialCalendar;
import static vn.gov.hoso.calendar.internal.CalendarFixtures.officialRows;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.hoso.calendar.DayOff;
import vn.gov.hoso.calendar.DayOffKind;
import vn.gov.hoso.calendar.internal.CalendarFixtures.OfficialRow;

/** The announced schedules 2019–2026 are authoritative (rules §5.2 point 5, §9). */
class OfficialDaysOffCalendarTest {

  private final WorkingCalendarService calendar = officialCalendar();

  @ParameterizedTest(name = "{0} {1}")
  @CsvFileSource(resources = "/calendar/official-days-off.csv", numLinesToSkip = 1)
  void followsOfficialRowWhenDateIsListed(LocalDate date, String kind, String note) {
    boolean makeUpSaturday = kind.equals("swapped_workday");
    assertThat(calendar.isWorkingDay(date)).as("%s %s (%s)", date, kind, note).isEqualTo(makeUpSaturday);
  }

  static Stream<Integer> announcedYears() {
    return IntStream.rangeClosed(2019, 2026).boxed();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("announcedYears")
  void listsExactlyOfficialRowsWhenYearIsAnnounced(int year) {
    List<OfficialRow> expected = officialRows().stream().filter(row -> row.date().getYear() == year).toList();

    List<DayOff> daysOff = calendar.daysOff(year);

    assertThat(daysOff).extracting(day -> new OfficialRow(day.date(), day.kind()))
        .containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("announcedYears")
  void worksEveryOtherWeekdayWhenYearIsAnnounced(int year) {
    List<LocalDate> listed = officialRows().stream().map(OfficialRow::date).toList();
    LocalDate first = LocalDate.of(year, 1, 1);
    List<LocalDate> unlisted = first.datesUntil(first.plusYears(1)).filter(d -> !listed.contains(d)).toList();

    assertThat(unlisted).allSatisfy(date ->
        assertThat(calendar.isWorkingDay(date)).as("%s", date).isEqualTo(!HolidayForecast.isWeekend(date)));
  }

  @Test
  void includesNewYear2019SwapWhenListingYear2018() {
    assertThat(calendar.daysOff(2018))
        .contains(new DayOff(LocalDate.of(2018, 12, 31), DayOffKind.SWAPPED_OFF,
            "Nghỉ hoán đổi (làm bù ngày 05/01/2019)"));
    assertThat(calendar.isWorkingDay(LocalDate.of(2018, 12, 31))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2018, 12, 28))).isTrue();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2026-02-16 | HOLIDAY         | Tết Nguyên đán
      2019-04-14 | HOLIDAY         | Giỗ Tổ Hùng Vương
      2021-09-03 | HOLIDAY         | Quốc khánh
      2022-05-02 | COMPENSATORY    | Nghỉ bù Ngày Chiến thắng
      2023-09-04 | COMPENSATORY    | Nghỉ bù Quốc khánh
      2023-01-02 | COMPENSATORY    | Nghỉ bù Tết Dương lịch
      2025-05-02 | SWAPPED_OFF     | Nghỉ hoán đổi (làm bù ngày 26/04/2025)
      2026-01-10 | SWAPPED_WORKDAY | Làm bù cho ngày 02/01/2026
      """)
  void namesDayInVietnameseWhenReadFromOfficialFile(LocalDate date, DayOffKind kind, String name) {
    assertThat(calendar.daysOff(date.getYear())).contains(new DayOff(date, kind, name));
  }
}
