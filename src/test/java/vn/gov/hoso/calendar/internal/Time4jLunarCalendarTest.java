package vn.gov.hoso.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Time4jLunarCalendarTest {

  private final Time4jLunarCalendar lunar = new Time4jLunarCalendar();

  @ParameterizedTest(name = "{0}: Tết {1}, Giỗ Tổ {2}")
  @CsvFileSource(resources = "/calendar/tet-dates.csv", numLinesToSkip = 1)
  void matchesPublishedDatesWhenYearIsInTetDatesFile(int year, LocalDate tet, LocalDate hungKingsDay) {
    assertThat(lunar.tet(year)).isEqualTo(tet);
    assertThat(lunar.hungKingsDay(year)).isEqualTo(hungKingsDay);
  }

  /** Years where the Chinese calendar (UTC+8) gives another date (rules §6). */
  @ParameterizedTest(name = "{0}: Tết {1} (China {2})")
  @CsvSource({"1985, 1985-01-21, 1985-02-20", "2007, 2007-02-17, 2007-02-18", "2030, 2030-02-02, 2030-02-03"})
  void followsVietnameseTetWhenChineseCalendarDiffers(int year, LocalDate vietnamese, LocalDate chinese) {
    assertThat(lunar.tet(year)).isEqualTo(vietnamese).isNotEqualTo(chinese);
  }

  @ParameterizedTest(name = "{0}: Giỗ Tổ {1} (China {2})")
  @CsvSource({"2009, 2009-04-04, 2009-04-05", "2037, 2037-04-24, 2037-04-25", "2038, 2038-04-13, 2038-04-14"})
  void followsVietnameseHungKingsDayWhenChineseCalendarDiffers(int year, LocalDate vietnamese, LocalDate chinese) {
    assertThat(lunar.hungKingsDay(year)).isEqualTo(vietnamese).isNotEqualTo(chinese);
  }

  @Test
  void takesRegularThirdMonthWhenThirdMonthIsLeap() {
    // 2031 has a leap 3rd month: day 10 of the leap month would be 2031-04-30.
    assertThat(lunar.hungKingsDay(2031)).isEqualTo(LocalDate.of(2031, 4, 1));
  }

  @Test
  void givesPlausibleDatesWhenAnyYearOfSupportedRangeIsAsked() {
    for (int year = 1900; year <= 2199; year++) {
      LocalDate tet = lunar.tet(year);
      LocalDate hungKingsDay = lunar.hungKingsDay(year);
      assertThat(tet).as("Tết %d", year).isBetween(LocalDate.of(year, 1, 21), LocalDate.of(year, 2, 20));
      // month 1 and month 2 (plus a possible leap month) lie between, then 9 days of month 3
      assertThat(ChronoUnit.DAYS.between(tet, hungKingsDay)).as("Tết to Giỗ Tổ %d", year).isBetween(67L, 99L);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1899, 2200})
  void rejectsYearWhenOutsideSupportedRange(int year) {
    assertThatIllegalArgumentException().isThrownBy(() -> lunar.tet(year));
    assertThatIllegalArgumentException().isThrownBy(() -> lunar.hungKingsDay(year));
  }
}
