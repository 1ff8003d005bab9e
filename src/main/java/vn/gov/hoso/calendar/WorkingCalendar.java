package vn.gov.hoso.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Working days of Vietnamese state agencies and deadlines counted in them (rules §8.2).
 *
 * <p>A <em>working day</em> is a Monday–Friday that is not a holiday, a compensatory day or a swapped day off, or a
 * weekend day listed as a make-up working day. For a year with an announced schedule (2019–2026 shipped, others
 * through {@link YearScheduleSource#replaceYear}) the announcement is authoritative; any other year of
 * {@value #FIRST_YEAR}–{@value #LAST_YEAR} uses the forecast of §5.2 (five Tết days around mùng 1, Giỗ Tổ, the
 * fixed-date holidays, the second Quốc khánh day from 2021, compensation by §3, no swaps).
 *
 * <p>All dates are civil dates in {@link #ZONE}. Every method throws {@link IllegalArgumentException} for a date or
 * year outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}, including a result that would fall outside it.
 */
public interface WorkingCalendar {

  /** Vietnam's time zone (UTC+7, no daylight saving); limits end at 24:00 of this zone. */
  ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  int FIRST_YEAR = 1900;
  int LAST_YEAR = 2199;

  /** Largest {@code n} accepted by {@link #addWorkingDays} and {@link #addCalendarDays} (about ten years). */
  int MAX_DAYS = 3650;

  /** Whether agencies work on this date. */
  boolean isWorkingDay(LocalDate date);

  /**
   * Due date of a limit of {@code n} working days: the {@code n}-th working day strictly after {@code from} (day 1
   * is the first working day after {@code from}; {@code from} never counts, working day or not). The limit runs
   * until {@link #endOfDay} of the result.
   *
   * @throws IllegalArgumentException if {@code n < 1} or {@code n > }{@value #MAX_DAYS}
   */
  LocalDate addWorkingDays(LocalDate from, int n);

  /**
   * Number of working days {@code d} with {@code from < d <= toInclusive}: the inverse of {@link #addWorkingDays}
   * ({@code workingDaysBetween(from, addWorkingDays(from, n)) == n}). Zero when both dates are equal. When {@code
   * toInclusive} is before {@code from} the result is negative: minus the number of working days {@code d} with
   * {@code toInclusive < d <= from} (so "days late" can be read as {@code workingDaysBetween(dueDate, today)}).
   */
  int workingDaysBetween(LocalDate from, LocalDate toInclusive);

  /**
   * Due date of a limit of {@code n} calendar days ("ngày", not "ngày làm việc"): {@code from} plus {@code n} days;
   * if that day is not a working day, the next working day (Civil Code Art. 148, rules §8.2).
   *
   * @throws IllegalArgumentException if {@code n < 1} or {@code n > }{@value #MAX_DAYS}
   */
  LocalDate addCalendarDays(LocalDate from, int n);

  /**
   * The schedule entries dated in this calendar year, sorted by date: holidays (also those on a weekend),
   * compensatory days, swapped days off and make-up working days ({@link DayOffKind#SWAPPED_WORKDAY}, which are
   * working days). An entry of a neighbouring year's arrangement dated in this year is included (31/12/2018, off
   * under the 2019 New Year arrangement, is in {@code daysOff(2018)}).
   */
  List<DayOff> daysOff(int year);

  /** 24:00 of this date in {@link #ZONE}, i.e. 00:00 of the next day: the instant a limit ending that day expires. */
  Instant endOfDay(LocalDate date);

  /**
   * The day a limit expiring at {@code limit} belongs to: the inverse of {@link #endOfDay} (00:00 of 16 February
   * belongs to 15 February); for an instant inside a day, that day. Use it to count on from a due date held as an
   * instant (e.g. an escalation a number of working days after the due day).
   */
  static LocalDate dayOfLimit(Instant limit) {
    return LocalDate.ofInstant(limit.minusNanos(1), ZONE);
  }

  /**
   * Returns {@code year} if it is in the supported range.
   *
   * @throws IllegalArgumentException outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}
   */
  static int requireSupportedYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException(
          "year " + year + " outside the supported range " + FIRST_YEAR + "–" + LAST_YEAR);
    }
    return year;
  }
}
