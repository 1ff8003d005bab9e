package vn.gov.hoso.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a year's schedule: a holiday, a compensatory day, a swapped day off or a make-up working day.
 *
 * @param date the calendar date
 * @param kind why the date is listed
 * @param name Vietnamese name, e.g. "Tết Nguyên đán", "Nghỉ bù Quốc khánh"
 */
public record DayOff(LocalDate date, DayOffKind kind, String name) {

  public DayOff {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("blank name for " + date);
    }
    boolean weekend = isWeekend(date);
    if ((kind == DayOffKind.COMPENSATORY || kind == DayOffKind.SWAPPED_OFF) && weekend) {
      throw new IllegalArgumentException(kind + " must be a weekday: " + date);
    }
    if (kind == DayOffKind.SWAPPED_WORKDAY && !weekend) {
      throw new IllegalArgumentException("SWAPPED_WORKDAY must be a Saturday or Sunday: " + date);
    }
  }

  /** Whether the date is a day off ({@code false} only for a make-up working day). */
  public boolean isDayOff() {
    return kind.isDayOff();
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }
}
