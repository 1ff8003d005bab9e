package vn.gov.hoso.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A public holiday on the same Gregorian date every year, in force from {@code effectiveFrom} on (a year's holiday
 * counts when its date is on or after {@code effectiveFrom}). Compensation by §3 applies to it like to any holiday.
 *
 * <p>The list is configuration ({@code hoso.calendar.fixed-holidays}); it feeds the forecast of years that have no
 * announced schedule. An announced schedule is authoritative for its whole year, so a holiday enacted for a year that
 * is already announced also needs that year's schedule replaced ({@link YearScheduleSource#replaceYear}).
 *
 * @param day month and day, e.g. {@code --11-24}
 * @param name Vietnamese name, e.g. "Ngày Văn hóa Việt Nam"
 * @param effectiveFrom first day the holiday is in force
 */
public record FixedHoliday(MonthDay day, String name, LocalDate effectiveFrom) {

  /** 1 January of the first supported year: a holiday with this date applies to every supported year. */
  public static final LocalDate ALWAYS = LocalDate.of(WorkingCalendar.FIRST_YEAR, 1, 1);

  public FixedHoliday {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    if (name.isBlank()) {
      throw new IllegalArgumentException("blank holiday name for " + day);
    }
    if (day.equals(MonthDay.of(2, 29))) {
      throw new IllegalArgumentException("29 February cannot be a fixed holiday");
    }
  }

  /**
   * The fixed-date holidays of the Labour Code (Art. 112 cl. 1): Tết Dương lịch, Ngày Chiến thắng, Ngày Quốc tế Lao
   * động and Quốc khánh (2 September). The second Quốc khánh day (since 2021) is not fixed and is not in this list.
   */
  public static List<FixedHoliday> legalDefaults() {
    return List.of(
        new FixedHoliday(MonthDay.of(1, 1), "Tết Dương lịch", ALWAYS),
        new FixedHoliday(MonthDay.of(4, 30), "Ngày Chiến thắng", ALWAYS),
        new FixedHoliday(MonthDay.of(5, 1), "Ngày Quốc tế Lao động", ALWAYS),
        new FixedHoliday(MonthDay.of(9, 2), "Quốc khánh", ALWAYS));
  }

  /** This holiday's date in the given year, if it is in force then. */
  public Optional<LocalDate> dateIn(int year) {
    LocalDate date = day.atYear(year);
    return date.isBefore(effectiveFrom) ? Optional.empty() : Optional.of(date);
  }
}
