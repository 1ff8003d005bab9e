package vn.gov.hoso.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.gov.hoso.calendar.DayOff;
import vn.gov.hoso.calendar.DayOffKind;
import vn.gov.hoso.calendar.FixedHoliday;
import vn.gov.hoso.calendar.LunarCalendar;
import vn.gov.hoso.calendar.YearSchedule;

/**
 * The model of rules §5.2 for a year without an announced schedule.
 *
 * <ol>
 *   <li>Holidays: the configured fixed-date holidays in force; the five Tết days T−2 … T+2 around mùng 1 (T); Giỗ Tổ
 *       Hùng Vương; from 2021 the second Quốc khánh day, 3 September when 2 September is a Monday or a Thursday,
 *       else 1 September. Weekend holidays are listed too (as in the announced data for fixed holidays).
 *   <li>Compensation (§3): walking the holidays in date order, each one on a Saturday or Sunday gets the first
 *       Monday–Friday after it that is neither a holiday nor an already assigned compensatory day.
 *   <li>No swaps.
 * </ol>
 *
 * <p>Two holidays on the same date (Giỗ Tổ fell on 30 April in 1947) make one day off named after both; they do not
 * earn an extra day.
 */
final class HolidayForecast {

  static final String TET = "Tết Nguyên đán";
  static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương";
  static final String NATIONAL_DAY = "Quốc khánh";
  static final String COMPENSATORY_PREFIX = "Nghỉ bù ";
  /** First year of the two-day Quốc khánh (Labour Code 2019, Art. 112). */
  static final int TWO_DAY_NATIONAL_DAY_FROM = 2021;

  private final LunarCalendar lunar;
  private final List<FixedHoliday> fixedHolidays;

  HolidayForecast(LunarCalendar lunar, List<FixedHoliday> fixedHolidays) {
    this.lunar = lunar;
    this.fixedHolidays = List.copyOf(fixedHolidays);
  }

  YearSchedule forecast(int year) {
    SortedMap<LocalDate, Set<String>> holidays = holidays(year);
    List<DayOff> days = new ArrayList<>();
    Set<LocalDate> assigned = new HashSet<>();
    for (Map.Entry<LocalDate, Set<String>> holiday : holidays.entrySet()) {
      LocalDate date = holiday.getKey();
      String name = String.join(", ", holiday.getValue());
      days.add(new DayOff(date, DayOffKind.HOLIDAY, name));
      if (isWeekend(date)) {
        LocalDate compensatory = date.plusDays(1);
        while (isWeekend(compensatory) || holidays.containsKey(compensatory) || assigned.contains(compensatory)
            || isFixedHoliday(compensatory)) {
          compensatory = compensatory.plusDays(1);
        }
        assigned.add(compensatory);
        days.add(new DayOff(compensatory, DayOffKind.COMPENSATORY, COMPENSATORY_PREFIX + name));
      }
    }
    return new YearSchedule(year, days);
  }

  private SortedMap<LocalDate, Set<String>> holidays(int year) {
    SortedMap<LocalDate, Set<String>> holidays = new TreeMap<>();
    for (FixedHoliday fixed : fixedHolidays) {
      fixed.dateIn(year).ifPresent(date -> add(holidays, date, fixed.name()));
    }
    LocalDate tet = lunar.tet(year);
    for (int offset = -2; offset <= 2; offset++) {
      add(holidays, tet.plusDays(offset), TET);
    }
    add(holidays, lunar.hungKingsDay(year), HUNG_KINGS);
    if (year >= TWO_DAY_NATIONAL_DAY_FROM) {
      add(holidays, nationalDaySecondDay(year), NATIONAL_DAY);
    }
    return holidays;
  }

  /** §5.2 point 2: 3 September when 2 September is a Monday or a Thursday, otherwise 1 September. */
  static LocalDate nationalDaySecondDay(int year) {
    LocalDate nationalDay = LocalDate.of(year, Month.SEPTEMBER, 2);
    DayOfWeek day = nationalDay.getDayOfWeek();
    return day == DayOfWeek.MONDAY || day == DayOfWeek.THURSDAY ? nationalDay.plusDays(1) : nationalDay.minusDays(1);
  }

  /** A fixed holiday of the date's own year (a compensation in late December may run into the next year). */
  private boolean isFixedHoliday(LocalDate date) {
    return fixedHolidays.stream().anyMatch(fixed -> fixed.dateIn(date.getYear()).filter(date::equals).isPresent());
  }

  private static void add(SortedMap<LocalDate, Set<String>> holidays, LocalDate date, String name) {
    holidays.computeIfAbsent(date, d -> new LinkedHashSet<>()).add(name);
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }
}
