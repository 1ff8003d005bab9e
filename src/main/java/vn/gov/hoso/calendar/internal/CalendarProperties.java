package vn.gov.hoso.calendar.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.gov.hoso.calendar.FixedHoliday;

/**
 * Settings of the calendar module, prefix {@code hoso.calendar}.
 *
 * <p>{@code fixed-holidays} replaces the whole list of fixed-date holidays used for years without an announced
 * schedule; left out, it is the Labour Code's list ({@link FixedHoliday#legalDefaults()}). To add 24 November, list
 * the four legal holidays and the new one, e.g. {@code fixed-holidays[4].day=--11-24},
 * {@code fixed-holidays[4].name=Ngày Văn hóa Việt Nam}, {@code fixed-holidays[4].effective-from=2026-07-01}.
 *
 * @param fixedHolidays fixed-date holidays with their effective dates
 */
@ConfigurationProperties("hoso.calendar")
public record CalendarProperties(List<FixedHoliday> fixedHolidays) {

  public CalendarProperties(@Nullable List<FixedHoliday> fixedHolidays) {
    this.fixedHolidays = fixedHolidays == null ? FixedHoliday.legalDefaults() : List.copyOf(fixedHolidays);
  }

  /** The legal defaults, as when nothing is configured. */
  public static CalendarProperties defaults() {
    return new CalendarProperties(null);
  }
}
