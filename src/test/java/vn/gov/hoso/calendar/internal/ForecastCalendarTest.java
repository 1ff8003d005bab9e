package vn.gov.hoso.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.gov.hoso.calendar.internal.CalendarFixtures.calendarWith;
import static vn.gov.hoso.calendar.internal.CalendarFixtures.officialCalendar;
import static vn.gov.hoso.calendar.internal.CalendarFixtures.officialRows;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.hoso.calendar.DayOff;
import vn.gov.hoso.calendar.DayOffKind;
import vn.gov.hoso.calendar.FixedHoliday;

/** The model of rules §5.2 for years without an announcement. */
class ForecastCalendarTest {

  private final WorkingCalendarService calendar = officialCalendar();

  /** §5.2: "applied to 2019–2026 this model gives exactly the announced weekdays off of every year (swaps aside)". */
  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026})
  void predictsAnnouncedWeekdaysOffWhenAppliedToAnnouncedYear(int year) {
    Set<LocalDate> announced = officialRows().stream()
        .filter(row -> row.date().getYear() == year)
        .filter(row -> row.kind() == DayOffKind.HOLIDAY || row.kind() == DayOffKind.COMPENSATORY)
        .map(CalendarFixtures.OfficialRow::date)
        .filter(date -> !HolidayForecast.isWeekend(date))
        .collect(Collectors.toSet());

    Set<LocalDate> predicted = calendar.forecast(year).days().stream()
        .filter(DayOff::isDayOff)
        .map(DayOff::date)
        .filter(date -> !HolidayForecast.isWeekend(date))
        .collect(Collectors.toSet());

    assertThat(predicted).isEqualTo(announced);
  }

  @Test
  void placesTetOnVietnameseDateWhenYearIs2030() {
    // Tết 2030 is Saturday 2 February in Vietnam (3 February in China): Thu 31/1 … Mon 4/2, compensated Tue 5, Wed 6.
    assertThat(calendar.daysOff(2030)).filteredOn(day -> day.date().getMonthValue() <= 2)
        .extracting(DayOff::date, DayOff::kind)
        .containsExactly(
            tuple(LocalDate.of(2030, 1, 1), DayOffKind.HOLIDAY),
            tuple(LocalDate.of(2030, 1, 31), DayOffKind.HOLIDAY),
            tuple(LocalDate.of(2030, 2, 1), DayOffKind.HOLIDAY),
            tuple(LocalDate.of(2030, 2, 2), DayOffKind.HOLIDAY),
            tuple(LocalDate.of(2030, 2, 3), DayOffKind.HOLIDAY),
            tuple(LocalDate.of(2030, 2, 4), DayOffKind.HOLIDAY),
            tuple(LocalDate.of(2030, 2, 5), DayOffKind.COMPENSATORY),
            tuple(LocalDate.of(2030, 2, 6), DayOffKind.COMPENSATORY));
    assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 30))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2030, 2, 7))).isTrue();
  }

  @Test
  void givesHungKingsDayOffOnFridayWhenYearIs2037() {
    // Vietnam: Fri 24/4/2037, no compensation. China's 25/4 (Sat) would make Mon 27/4 a compensatory day.
    assertThat(calendar.isWorkingDay(LocalDate.of(2037, 4, 24))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2037, 4, 27))).isTrue();
    assertThat(calendar.daysOff(2037)).contains(
        new DayOff(LocalDate.of(2037, 4, 24), DayOffKind.HOLIDAY, "Giỗ Tổ Hùng Vương"),
        new DayOff(LocalDate.of(2037, 2, 18), DayOffKind.COMPENSATORY, "Nghỉ bù Tết Nguyên đán"),
        new DayOff(LocalDate.of(2037, 2, 19), DayOffKind.COMPENSATORY, "Nghỉ bù Tết Nguyên đán"));
  }

  @ParameterizedTest(name = "2/9/{0} → {1}")
  @CsvSource({
      "2027, 2027-09-03", // Thursday → Friday 3/9
      "2030, 2030-09-03", // Monday → Tuesday 3/9
      "2031, 2031-09-01", // Tuesday → Monday 1/9
      "2037, 2037-09-01", // Wednesday → Tuesday 1/9
      "2028, 2028-09-01", // Saturday → Friday 1/9
      "2029, 2029-09-01"}) // Sunday → Saturday 1/9, compensated with 2/9 on Mon 3/9 and Tue 4/9
  void choosesSecondNationalDayByWeekdayWhenYearIsForecast(int year, LocalDate secondDay) {
    assertThat(calendar.daysOff(year)).contains(new DayOff(secondDay, DayOffKind.HOLIDAY, "Quốc khánh"));
  }

  @Test
  void compensatesBothNationalDaysWhenSecondSeptemberIsSunday() {
    assertThat(calendar.daysOff(2029)).filteredOn(day -> day.date().getMonthValue() == 9)
        .extracting(DayOff::date)
        .containsExactly(LocalDate.of(2029, 9, 1), LocalDate.of(2029, 9, 2), LocalDate.of(2029, 9, 3),
            LocalDate.of(2029, 9, 4));
    assertThat(calendar.isWorkingDay(LocalDate.of(2029, 9, 4))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2029, 9, 5))).isTrue();
  }

  @Test
  void givesOneNationalDayWhenYearIsBefore2021() {
    assertThat(calendar.daysOff(2018)).filteredOn(day -> day.date().getMonthValue() == 9)
        .extracting(DayOff::date)
        .containsExactly(LocalDate.of(2018, 9, 2), LocalDate.of(2018, 9, 3)); // Sunday 2/9, compensated Monday 3/9
  }

  @Test
  void keepsTwentyFourthNovemberWorkingWhenNotEnacted() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 11, 24))).isTrue();
  }

  @Test
  void givesConfiguredFixedHolidayOffWhenEffective() {
    List<FixedHoliday> holidays = new ArrayList<>(FixedHoliday.legalDefaults());
    holidays.add(new FixedHoliday(MonthDay.of(11, 24), "Ngày Văn hóa Việt Nam", LocalDate.of(2027, 1, 1)));
    WorkingCalendarService withCultureDay =
        calendarWith(InMemoryYearScheduleSource.seededFromClasspath(), new CalendarProperties(holidays));

    assertThat(withCultureDay.isWorkingDay(LocalDate.of(2027, 11, 24))).isFalse(); // Wednesday
    assertThat(withCultureDay.daysOff(2029)).contains( // Saturday, compensated on Monday
        new DayOff(LocalDate.of(2029, 11, 24), DayOffKind.HOLIDAY, "Ngày Văn hóa Việt Nam"),
        new DayOff(LocalDate.of(2029, 11, 26), DayOffKind.COMPENSATORY, "Nghỉ bù Ngày Văn hóa Việt Nam"));
    assertThat(withCultureDay.isWorkingDay(LocalDate.of(2026, 11, 24))).as("announced 2026").isTrue();
    assertThat(withCultureDay.isWorkingDay(LocalDate.of(2025, 11, 24))).as("before effective date").isTrue();
  }

  @Test
  void ignoresConfiguredFixedHolidayWhenBeforeEffectiveDate() {
    var lateHoliday = new FixedHoliday(MonthDay.of(11, 24), "Ngày Văn hóa Việt Nam", LocalDate.of(2030, 1, 1));
    List<FixedHoliday> holidays = new ArrayList<>(FixedHoliday.legalDefaults());
    holidays.add(lateHoliday);
    WorkingCalendarService withCultureDay =
        calendarWith(InMemoryYearScheduleSource.seededFromClasspath(), new CalendarProperties(holidays));

    assertThat(withCultureDay.isWorkingDay(LocalDate.of(2027, 11, 24))).isTrue();
    assertThat(withCultureDay.isWorkingDay(LocalDate.of(2031, 11, 24))).isFalse(); // Monday
  }

  @Test
  void mergesHolidaysWhenTheyFallOnSameDate() {
    // Giỗ Tổ 1947 fell on 30 April (a Wednesday): one day off, no extra day.
    assertThat(calendar.daysOff(1947))
        .filteredOn(day -> day.date().getMonthValue() == 4 || day.date().getMonthValue() == 5)
        .containsExactly(
            new DayOff(LocalDate.of(1947, 4, 30), DayOffKind.HOLIDAY, "Ngày Chiến thắng, Giỗ Tổ Hùng Vương"),
            new DayOff(LocalDate.of(1947, 5, 1), DayOffKind.HOLIDAY, "Ngày Quốc tế Lao động"));
  }

  @Test
  void givesElevenHolidaysAndElevenWeekdaysOffWhenYearIsForecast() {
    for (int year = 2027; year <= 2199; year++) {
      List<DayOff> days = calendar.forecast(year).days();
      long holidays = days.stream().filter(day -> day.kind() == DayOffKind.HOLIDAY).count();
      long weekdaysOff = days.stream().filter(day -> !HolidayForecast.isWeekend(day.date())).count();
      assertThat(holidays).as("holidays %d", year).isEqualTo(11);
      assertThat(weekdaysOff).as("weekdays off %d", year).isEqualTo(11);
      assertThat(days).as("no swaps %d", year)
          .allSatisfy(day -> assertThat(day.kind()).isIn(DayOffKind.HOLIDAY, DayOffKind.COMPENSATORY));
    }
  }
}
