package vn.gov.hoso.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.gov.hoso.calendar.internal.CalendarFixtures.officialCalendar;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.gov.hoso.calendar.WorkingCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Deadlines in working days and calendar days (rules §8.2, §8.3). */
class WorkingCalendarServiceTest {

  private final WorkingCalendarService calendar = officialCalendar();

  @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
  @CsvSource(delimiter = '|', textBlock = """
      2026-01-08 | 2 | 2026-01-10 | §8.3: make-up Saturday 10/1/2026 is a working day
      2026-02-09 | 5 | 2026-02-23 | §8.3: Tết break 14-22/2/2026 skipped
      2026-04-23 | 2 | 2026-04-28 | §8.3: Mon 27/4 compensates Giỗ Tổ on Sun 26/4
      2025-05-02 | 1 | 2025-05-05 | §8.3: start on a swapped day off
      2026-02-13 | 1 | 2026-02-23 | last working day before Tết 2026
      2026-02-12 | 2 | 2026-02-23 | across Tết 2026
      2025-04-25 | 1 | 2025-04-26 | make-up Saturday 26/4/2025 before the swapped day off
      2025-04-29 | 1 | 2025-05-05 | 30/4, 1/5 holidays, 2/5 swapped off, weekend
      2025-04-29 | 2 | 2025-05-06 | 30/4-1/5 2025 with the swap
      2026-08-21 | 1 | 2026-08-22 | make-up Saturday 22/8/2026
      2026-08-28 | 1 | 2026-09-03 | 31/8 swapped off, 1-2/9 Quốc khánh 2026
      2026-08-29 | 3 | 2026-09-07 | start on a Saturday inside the Quốc khánh break
      2022-04-29 | 1 | 2022-05-04 | 30/4 Sat and 1/5 Sun 2022 compensated on 2/5 and 3/5
      2023-04-28 | 1 | 2023-05-04 | Giỗ Tổ Sat 29/4, 30/4 Sun, 1/5 Mon: 2/5 and 3/5 compensatory
      2025-12-29 | 5 | 2026-01-07 | year end: 1/1/2026 holiday, 2/1 swapped off
      2018-12-28 | 1 | 2019-01-02 | 31/12/2018 off under the 2019 arrangement, 1/1/2019 holiday
      2030-01-30 | 1 | 2030-02-07 | Tết 2030 (computed): 31/1 to 6/2 off
      2037-04-23 | 1 | 2037-04-27 | Giỗ Tổ Fri 24/4/2037 (computed), no compensation
      2037-02-12 | 1 | 2037-02-20 | Tết 2037 (computed): 13/2 to 19/2 off
      """)
  void returnsNthWorkingDayAfterStartWhenCountingWorkingDays(LocalDate from, int n, LocalDate due, String why) {
    assertThat(calendar.addWorkingDays(from, n)).as(why).isEqualTo(due);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {0, -1, 3651})
  void rejectsDayCountWhenOutsideOneTo3650(int n) {
    LocalDate from = LocalDate.of(2026, 3, 2);
    assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(from, n));
    assertThatIllegalArgumentException().isThrownBy(() -> calendar.addCalendarDays(from, n));
  }

  @Test
  void acceptsTenYearsWhenDayCountIs3650() {
    LocalDate due = calendar.addWorkingDays(LocalDate.of(2026, 3, 2), 3650);
    assertThat(due).isBetween(LocalDate.of(2040, 1, 1), LocalDate.of(2041, 1, 1));
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 2), due)).isEqualTo(3650);
  }

  @Test
  void rejectsYearWhenOutsideSupportedRange() {
    assertThatIllegalArgumentException().isThrownBy(() -> calendar.isWorkingDay(LocalDate.of(1899, 12, 31)));
    assertThatIllegalArgumentException().isThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2200, 1, 1)));
    assertThatIllegalArgumentException().isThrownBy(() -> calendar.daysOff(1899));
    assertThatIllegalArgumentException().isThrownBy(() -> calendar.daysOff(2200));
    assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(LocalDate.of(1899, 12, 30), 1));
    assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2199, 12, 29), 5));
    assertThatIllegalArgumentException().isThrownBy(() -> calendar.endOfDay(LocalDate.of(2200, 1, 1)));
  }

  @Test
  void worksAtEdgesWhenYearIsFirstOrLastSupported() {
    assertThat(calendar.isWorkingDay(LocalDate.of(1900, 1, 1))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2199, 12, 31))).isTrue(); // Tuesday
  }

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource({
      "2026-02-09, 2026-02-23, 5",
      "2026-02-23, 2026-02-09, -5",
      "2026-02-13, 2026-02-22, 0",
      "2026-02-13, 2026-02-13, 0",
      "2025-04-25, 2025-04-26, 1",
      "2024-12-31, 2025-12-31, 250", // 261 weekdays - 12 weekdays off + make-up Saturday 26/4
      "2025-12-31, 2026-12-31, 250"}) // 261 weekdays - 13 weekdays off + make-up Saturdays 10/1 and 22/8
  void countsWorkingDaysAfterStartUpToEndWhenMeasuringSpan(LocalDate from, LocalDate to, int expected) {
    assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(expected);
  }

  @Test
  void invertsAddWorkingDaysWhenCountingSpan() {
    for (LocalDate from = LocalDate.of(2025, 12, 20); from.isBefore(LocalDate.of(2026, 3, 1));
        from = from.plusDays(1)) {
      for (int n = 1; n <= 12; n++) {
        assertThat(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, n))).isEqualTo(n);
      }
    }
  }

  @ParameterizedTest(name = "{0} + {1} calendar days = {2} ({3})")
  @CsvSource(delimiter = '|', textBlock = """
      2026-03-02 | 10 | 2026-03-12 | plain weekday
      2026-02-04 | 10 | 2026-02-23 | lands on Sat 14/2, Tết break until Sun 22/2
      2026-02-04 | 8  | 2026-02-12 | lands on a working Thursday
      2025-04-16 | 10 | 2025-04-26 | lands on make-up Saturday 26/4/2025, a working day
      2026-01-01 | 1  | 2026-01-05 | lands on swapped-off Fri 2/1/2026, then weekend
      2022-04-20 | 10 | 2022-05-04 | lands on Sat 30/4/2022, 1/5 Sun, 2-3/5 compensatory
      """)
  void movesToNextWorkingDayWhenCalendarDayLimitEndsOnDayOff(LocalDate from, int n, LocalDate due, String why) {
    assertThat(calendar.addCalendarDays(from, n)).as(why).isEqualTo(due);
  }

  @Test
  void endsAtMidnightVietnamTimeWhenAskedForEndOfDay() {
    assertThat(calendar.endOfDay(LocalDate.of(2026, 2, 23))).isEqualTo(Instant.parse("2026-02-23T17:00:00Z"));
    assertThat(calendar.endOfDay(LocalDate.of(2025, 12, 31))).isEqualTo(Instant.parse("2025-12-31T17:00:00Z"));
  }

  @Test
  void findsTheDayOfALimitWhenGivenItsInstant() {
    LocalDate dueDay = LocalDate.of(2026, 2, 23);
    assertThat(WorkingCalendar.dayOfLimit(calendar.endOfDay(dueDay))).isEqualTo(dueDay);
    assertThat(WorkingCalendar.dayOfLimit(Instant.parse("2026-02-23T03:00:00Z"))).isEqualTo(dueDay);
    assertThat(WorkingCalendar.dayOfLimit(Instant.parse("2026-02-22T17:00:00.001Z"))).isEqualTo(dueDay);
  }
}
