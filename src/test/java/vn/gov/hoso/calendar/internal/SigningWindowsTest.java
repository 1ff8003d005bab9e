package vn.gov.hoso.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.gov.hoso.calendar.internal.CalendarFixtures.officialCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.hoso.calendar.DayOff;
import vn.gov.hoso.calendar.DayOffKind;
import vn.gov.hoso.calendar.SigningTier;
import vn.gov.hoso.calendar.SigningWindow;

class SigningWindowsTest {

  private final WorkingCalendarService calendar = officialCalendar();
  private final WorkingDaySigningWindows windows = new WorkingDaySigningWindows(calendar);

  @ParameterizedTest(name = "{0} {1}: {2} – {3} ({4})")
  @CsvSource(delimiter = '|', textBlock = """
      BASE       | 2026-01 | 2026-01-20 | 2026-01-22 | Tue–Thu, all working
      BASE       | 2026-03 | 2026-03-20 | 2026-03-20 | Fri 20, weekend 21–22
      BASE       | 2026-06 | 2026-06-22 | 2026-06-22 | weekend 20–21, Mon 22
      BASE       | 2025-09 | 2025-09-22 | 2025-09-22 | weekend 20–21, Mon 22
      BASE       | 2026-08 | 2026-08-20 | 2026-08-22 | Sat 22/8/2026 is a make-up working day
      BASE       | 2026-02 | 2026-02-23 | 2026-02-23 | 20 Tết, 21–22 weekend: first working day after 22
      DEPARTMENT | 2026-01 | 2026-01-23 | 2026-01-23 | Fri 23, weekend 24–25
      DEPARTMENT | 2026-08 | 2026-08-24 | 2026-08-25 | Sun 23, Mon 24, Tue 25
      DEPARTMENT | 2020-01 | 2020-01-30 | 2020-01-30 | 23–24 Tết, 25 Sat: first working day after 25 (Tết until 29)
      PROVINCE   | 2026-12 | 2026-12-25 | 2026-12-31 | last five working days 25, 28, 29, 30, 31
      PROVINCE   | 2025-04 | 2025-04-24 | 2025-04-29 | 30/4 holiday; 24, 25, make-up Sat 26, 28, 29
      PROVINCE   | 2025-01 | 2025-01-20 | 2025-01-24 | Tết 27–31/1/2025
      PROVINCE   | 2026-08 | 2026-08-24 | 2026-08-28 | Mon 31/8/2026 swapped off
      """)
  void coversWorkingDaysOfTierWhenMonthIsGiven(
      SigningTier tier, YearMonth month, LocalDate opens, LocalDate closes, String why) {
    assertThat(windows.window(tier, month)).as(why).isEqualTo(new SigningWindow(opens, closes, tier, month));
  }

  @Test
  void opensAtMidnightAndClosesAtMidnightVietnamTimeWhenAskedForInstants() {
    YearMonth december = YearMonth.of(2026, 12);
    assertThat(windows.opensAt(SigningTier.PROVINCE, december)).isEqualTo(Instant.parse("2026-12-24T17:00:00Z"));
    assertThat(windows.closesAt(SigningTier.PROVINCE, december)).isEqualTo(Instant.parse("2026-12-31T17:00:00Z"));
    YearMonth february = YearMonth.of(2026, 2);
    assertThat(windows.opensAt(SigningTier.BASE, february)).isEqualTo(Instant.parse("2026-02-22T17:00:00Z"));
    assertThat(windows.closesAt(SigningTier.BASE, february)).isEqualTo(Instant.parse("2026-02-23T17:00:00Z"));
  }

  @Test
  void opensOnWorkingDaysOnlyWhenAnyMonthOfForecastYearsIsGiven() {
    for (YearMonth month = YearMonth.of(2027, 1); month.isBefore(YearMonth.of(2041, 1)); month = month.plusMonths(1)) {
      for (SigningTier tier : SigningTier.values()) {
        SigningWindow window = windows.window(tier, month);
        assertThat(calendar.isWorkingDay(window.opens())).as("%s %s opens", tier, month).isTrue();
        assertThat(calendar.isWorkingDay(window.closes())).as("%s %s closes", tier, month).isTrue();
        assertThat(window.closes()).as("%s %s", tier, month).isBeforeOrEqualTo(month.atEndOfMonth());
      }
    }
  }

  @ParameterizedTest(name = "{0} at {1}: {2} – {3} ({4})")
  @CsvSource(delimiter = '|', textBlock = """
      BASE       | 2026-01-05T09:00:00+07:00 | 2026-01-20 | 2026-01-22 | before this month's window
      BASE       | 2026-01-21T16:30:00+07:00 | 2026-01-20 | 2026-01-22 | inside the window
      BASE       | 2026-01-22T23:59:59+07:00 | 2026-01-20 | 2026-01-22 | last second of the window
      BASE       | 2026-01-23T00:00:00+07:00 | 2026-02-23 | 2026-02-23 | closed at 24:00: next month's (after Tết)
      PROVINCE   | 2026-12-31T10:00:00+07:00 | 2026-12-25 | 2026-12-31 | last day of the year
      PROVINCE   | 2027-01-01T00:00:00+07:00 | 2027-01-25 | 2027-01-29 | new year, forecast year
      DEPARTMENT | 2020-01-29T12:00:00+07:00 | 2020-01-30 | 2020-01-30 | window pushed past Tết
      """)
  void findsTheWindowOpenNowOrTheNextOneWhenAnInstantIsGiven(
      SigningTier tier, OffsetDateTime now, LocalDate opens, LocalDate closes, String why) {
    SigningWindow window = windows.current(tier, now.toInstant());
    assertThat(window.opens()).as(why).isEqualTo(opens);
    assertThat(window.closes()).as(why).isEqualTo(closes);
  }

  @Test
  void findsLastMonthsWindowWhenItIsPushedIntoTheNextMonth() {
    InMemoryYearScheduleSource source = InMemoryYearScheduleSource.seededFromClasspath();
    List<DayOff> days = new ArrayList<>();
    for (LocalDate day = LocalDate.of(2150, 3, 20); day.isBefore(LocalDate.of(2150, 4, 2)); day = day.plusDays(1)) {
      if (day.getDayOfWeek().getValue() <= 5) {
        days.add(new DayOff(day, DayOffKind.HOLIDAY, "Nghỉ dài (giả định)"));
      }
    }
    source.replaceYear(2150, days);
    WorkingDaySigningWindows longBreak =
        new WorkingDaySigningWindows(CalendarFixtures.calendarWith(source, CalendarProperties.defaults()));

    SigningWindow window = longBreak.current(SigningTier.BASE, Instant.parse("2150-04-01T03:00:00Z"));

    assertThat(window.month()).isEqualTo(YearMonth.of(2150, 3));
    assertThat(window.opens()).isEqualTo(LocalDate.of(2150, 4, 2));
  }

  @Test
  void rejectsWindowWhenItClosesBeforeItOpens() {
    assertThatIllegalArgumentException().isThrownBy(() -> new SigningWindow(
        LocalDate.of(2026, 1, 22), LocalDate.of(2026, 1, 20), SigningTier.BASE, YearMonth.of(2026, 1)));
  }
}
