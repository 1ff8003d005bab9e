package vn.gov.hoso.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import vn.gov.hoso.calendar.DayOff;
import vn.gov.hoso.calendar.LunarCalendar;
import vn.gov.hoso.calendar.WorkingCalendar;
import vn.gov.hoso.calendar.YearSchedule;
import vn.gov.hoso.calendar.YearScheduleSource;

/**
 * {@link WorkingCalendar} over the announced schedules of a {@link YearScheduleSource} and the {@link HolidayForecast}
 * for the other years. Forecasts are computed once per year and kept (they depend only on configuration); each call
 * reads one snapshot of the announced schedules, so a replacement never shows half-applied.
 */
@Service
class WorkingCalendarService implements WorkingCalendar {

  private final YearScheduleSource schedules;
  private final HolidayForecast forecast;
  private final Map<Integer, YearSchedule> forecastByYear = new ConcurrentHashMap<>();

  WorkingCalendarService(YearScheduleSource schedules, LunarCalendar lunar, CalendarProperties properties) {
    this.schedules = schedules;
    this.forecast = new HolidayForecast(lunar, properties.fixedHolidays());
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    return view().isWorkingDay(date);
  }

  @Override
  public LocalDate addWorkingDays(LocalDate from, int n) {
    requireDayCount(n);
    WorkingCalendar.requireSupportedYear(from.getYear());
    ScheduleView view = view();
    LocalDate day = from;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (view.isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  @Override
  public int workingDaysBetween(LocalDate from, LocalDate toInclusive) {
    WorkingCalendar.requireSupportedYear(from.getYear());
    WorkingCalendar.requireSupportedYear(toInclusive.getYear());
    if (toInclusive.isBefore(from)) {
      return -workingDaysBetween(toInclusive, from);
    }
    ScheduleView view = view();
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
      if (view.isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  @Override
  public LocalDate addCalendarDays(LocalDate from, int n) {
    requireDayCount(n);
    WorkingCalendar.requireSupportedYear(from.getYear());
    ScheduleView view = view();
    LocalDate day = from.plusDays(n);
    while (!view.isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  @Override
  public List<DayOff> daysOff(int year) {
    return view().entriesIn(year);
  }

  @Override
  public Instant endOfDay(LocalDate date) {
    WorkingCalendar.requireSupportedYear(date.getYear());
    return date.plusDays(1).atStartOfDay(ZONE).toInstant();
  }

  /** The §5.2 forecast of a year, whether or not the year is announced (for comparison and tests). */
  YearSchedule forecast(int year) {
    WorkingCalendar.requireSupportedYear(year);
    return forecastByYear.computeIfAbsent(year, forecast::forecast);
  }

  private ScheduleView view() {
    return new ScheduleView(schedules.announcedSchedules(), this::forecast);
  }

  private static void requireDayCount(int n) {
    if (n < 1 || n > MAX_DAYS) {
      throw new IllegalArgumentException("number of days " + n + " outside 1–" + MAX_DAYS);
    }
  }
}
