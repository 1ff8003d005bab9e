package vn.gov.hoso.calendar;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The announced schedules, one per year, that override the forecast for their whole year (rules §5.2 point 5).
 * Administrators replace a year when the Prime Minister's decision for it appears; no code change is needed.
 *
 * <p>Implementations are thread-safe and hand out immutable snapshots: a reader never sees a half-replaced year.
 */
public interface YearScheduleSource {

  /** All announced schedules by year, as one immutable snapshot. */
  Map<Integer, YearSchedule> announcedSchedules();

  /** The announced schedule of this year, if any. */
  default Optional<YearSchedule> announced(int year) {
    return Optional.ofNullable(announcedSchedules().get(year));
  }

  /**
   * Makes {@code days} the announced schedule of {@code year}, replacing a previous announcement or the forecast.
   * The list is the full arrangement: holidays, compensatory days, swapped days off and make-up working days (see
   * {@link YearSchedule} for what may be listed). An entry dated in a neighbouring year applies only when that
   * year's own arrangement does not list the same date.
   *
   * @throws IllegalArgumentException if the year is outside the supported range or the list breaks a rule of
   *     {@link YearSchedule} or {@link DayOff}
   */
  void replaceYear(int year, List<DayOff> days);
}
