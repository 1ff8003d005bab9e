package vn.gov.hoso.calendar.internal;

import java.time.LocalDate;
import net.time4j.PlainDate;
import net.time4j.calendar.EastAsianMonth;
import net.time4j.calendar.EastAsianYear;
import net.time4j.calendar.VietnameseCalendar;
import org.springframework.stereotype.Component;
import vn.gov.hoso.calendar.LunarCalendar;
import vn.gov.hoso.calendar.WorkingCalendar;

/**
 * Lunar dates from Time4J's {@link VietnameseCalendar}: new moons and solar terms computed astronomically (Meeus),
 * evaluated at UTC+7 from 1968 on, as rules §6 require. For earlier years Time4J follows the calendar Vietnam actually
 * used (UTC+8 from mid-1954 to 1967, the Huế meridian before); in 1900–1967 this differs from a pure UTC+7
 * computation only for Tết 1965 (2 February instead of 1 February). From 1968 to 2199 it agrees with an independent
 * high-precision UTC+7 computation (VSOP87/ELP ephemeris) except for Tết 2175 and 2199, whose new moons fall less
 * than three minutes before midnight, within the uncertainty of Earth-rotation (ΔT) forecasts for those years.
 */
@Component
class Time4jLunarCalendar implements LunarCalendar {

  @Override
  public LocalDate tet(int year) {
    WorkingCalendar.requireSupportedYear(year);
    return toLocalDate(VietnameseCalendar.ofTet(year).transform(PlainDate.axis()));
  }

  @Override
  public LocalDate hungKingsDay(int year) {
    WorkingCalendar.requireSupportedYear(year);
    VietnameseCalendar day = VietnameseCalendar.of(EastAsianYear.forGregorian(year), EastAsianMonth.valueOf(3), 10);
    return toLocalDate(day.transform(PlainDate.axis()));
  }

  private static LocalDate toLocalDate(PlainDate date) {
    return LocalDate.of(date.getYear(), date.getMonth(), date.getDayOfMonth());
  }
}
