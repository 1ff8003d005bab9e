package vn.gov.hoso.calendar.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.hoso.calendar.DayOff;
import vn.gov.hoso.calendar.YearSchedule;
import vn.gov.hoso.calendar.YearScheduleSource;

/**
 * Announced schedules held in memory, seeded from {@code calendar/official-days-off.csv}. Replacements swap in a new
 * immutable map atomically (copy on write). {@link StoredYearScheduleSource} persists them.
 */
final class InMemoryYearScheduleSource implements YearScheduleSource {

  static final String OFFICIAL_DAYS_OFF = "calendar/official-days-off.csv";

  private static final Logger log = LoggerFactory.getLogger(InMemoryYearScheduleSource.class);

  private final AtomicReference<Map<Integer, YearSchedule>> snapshot;

  InMemoryYearScheduleSource(Collection<YearSchedule> seed) {
    Map<Integer, YearSchedule> byYear = new HashMap<>();
    for (YearSchedule schedule : seed) {
      if (byYear.put(schedule.year(), schedule) != null) {
        throw new IllegalArgumentException("two schedules for year " + schedule.year());
      }
    }
    this.snapshot = new AtomicReference<>(Map.copyOf(byYear));
  }

  /** The schedules announced 2019–2026, read from the classpath. */
  static InMemoryYearScheduleSource seededFromClasspath() {
    return new InMemoryYearScheduleSource(OfficialDaysOffCsv.readClasspath(OFFICIAL_DAYS_OFF));
  }

  @Override
  public Map<Integer, YearSchedule> announcedSchedules() {
    return snapshot.get();
  }

  @Override
  public void replaceYear(int year, List<DayOff> days) {
    YearSchedule schedule = new YearSchedule(year, days);
    snapshot.updateAndGet(current -> {
      Map<Integer, YearSchedule> next = new HashMap<>(current);
      next.put(year, schedule);
      return Map.copyOf(next);
    });
    log.info("Announced schedule of year {} replaced ({} entries)", year, schedule.days().size());
  }
}
