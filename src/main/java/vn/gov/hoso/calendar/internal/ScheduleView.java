package vn.gov.hoso.calendar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import vn.gov.hoso.calendar.DayOff;
import vn.gov.hoso.calendar.WorkingCalendar;
import vn.gov.hoso.calendar.YearSchedule;

/**
 * The effective schedule as seen by one call: one snapshot of the announced years, the forecast for the others.
 * Not shared between threads (its index is filled lazily).
 *
 * <p>The entry for a date comes from the arrangement of the date's own year; when that has none, from the next
 * year's arrangement, then from the previous year's (an arrangement may reach across New Year).
 */
final class ScheduleView {

  private final Map<Integer, YearSchedule> announced;
  private final IntFunction<YearSchedule> forecast;
  private final Map<Integer, Map<LocalDate, DayOff>> index = new HashMap<>();

  ScheduleView(Map<Integer, YearSchedule> announced, IntFunction<YearSchedule> forecast) {
    this.announced = announced;
    this.forecast = forecast;
  }

  boolean isWorkingDay(LocalDate date) {
    WorkingCalendar.requireSupportedYear(date.getYear());
    return entry(date).map(day -> !day.isDayOff()).orElseGet(() -> !HolidayForecast.isWeekend(date));
  }

  Optional<DayOff> entry(LocalDate date) {
    int year = date.getYear();
    for (int arrangement : new int[] {year, year + 1, year - 1}) {
      DayOff day = arrangement(arrangement).get(date);
      if (day != null) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  List<DayOff> entriesIn(int year) {
    WorkingCalendar.requireSupportedYear(year);
    Map<LocalDate, DayOff> result = new LinkedHashMap<>();
    for (int arrangement : new int[] {year, year + 1, year - 1}) {
      arrangement(arrangement).forEach((date, day) -> {
        if (date.getYear() == year) {
          result.putIfAbsent(date, day);
        }
      });
    }
    List<DayOff> sorted = new ArrayList<>(result.values());
    sorted.sort(Comparator.comparing(DayOff::date));
    return List.copyOf(sorted);
  }

  private Map<LocalDate, DayOff> arrangement(int year) {
    if (year < WorkingCalendar.FIRST_YEAR || year > WorkingCalendar.LAST_YEAR) {
      return Map.of();
    }
    return index.computeIfAbsent(year, y -> {
      YearSchedule schedule = announced.containsKey(y) ? announced.get(y) : forecast.apply(y);
      Map<LocalDate, DayOff> byDate = new HashMap<>();
      schedule.days().forEach(day -> byDate.put(day.date(), day));
      return byDate;
    });
  }
}
