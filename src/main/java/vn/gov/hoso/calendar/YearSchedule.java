package vn.gov.hoso.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The days off and make-up working days arranged for one year: either the government's announcement or the
 * forecast of the rules' §5.2.
 *
 * <p>An arrangement may reach into the neighbouring years (the New Year 2019 arrangement gave Monday 31/12/2018
 * off; a make-up Saturday may fall in another year than its day off), so entries may be dated from 1 January of
 * {@code year - 1} to 31 December of {@code year + 1}. Entries are kept sorted by date; a date appears at most once.
 *
 * @param year the year the arrangement belongs to, {@value WorkingCalendar#FIRST_YEAR}–{@value
 *     WorkingCalendar#LAST_YEAR}
 * @param days the entries, any order on input
 */
public record YearSchedule(int year, List<DayOff> days) {

  public YearSchedule {
    WorkingCalendar.requireSupportedYear(year);
    days = days.stream().sorted(Comparator.comparing(DayOff::date)).toList();
    Set<LocalDate> seen = new HashSet<>();
    for (DayOff day : days) {
      int dateYear = day.date().getYear();
      if (dateYear < year - 1 || dateYear > year + 1) {
        throw new IllegalArgumentException(day.date() + " is too far from the " + year + " arrangement");
      }
      if (!seen.add(day.date())) {
        throw new IllegalArgumentException("date listed twice in " + year + ": " + day.date());
      }
    }
  }
}
