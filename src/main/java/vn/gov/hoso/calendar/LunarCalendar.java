package vn.gov.hoso.calendar;

import java.time.LocalDate;

/**
 * Gregorian dates of the lunar holidays in the Vietnamese lunisolar calendar (âm lịch), rules §6: UTC+7 since 1968;
 * for earlier years the calendar Vietnam actually used (see the implementation).
 */
public interface LunarCalendar {

  /**
   * Tết Nguyên đán: day 1 of month 1 of the lunar year that begins in this Gregorian year.
   *
   * @throws IllegalArgumentException outside {@value WorkingCalendar#FIRST_YEAR}–{@value WorkingCalendar#LAST_YEAR}
   */
  LocalDate tet(int year);

  /**
   * Giỗ Tổ Hùng Vương: day 10 of the regular (non-leap) month 3 of the lunar year that begins in this Gregorian year.
   *
   * @throws IllegalArgumentException outside {@value WorkingCalendar#FIRST_YEAR}–{@value WorkingCalendar#LAST_YEAR}
   */
  LocalDate hungKingsDay(int year);
}
