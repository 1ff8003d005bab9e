package vn.gov.hoso.calendar.internal;

import java.util.List;
import java.util.Map;
import vn.gov.hoso.calendar.DayOff;
import vn.gov.hoso.calendar.YearSchedule;
import vn.gov.hoso.calendar.YearScheduleSource;

/**
 * The schedules the application uses: the shipped announcements ({@code calendar/official-days-off.csv}) with the
 * years an administrator replaced laid over them. Replaced years are stored in the database first and then swapped
 * into memory, so they survive a restart and readers never see a year that failed to store.
 *
 * <p>Each application node reads the database at startup; a replacement made on another node shows here after the
 * next restart.
 */
final class StoredYearScheduleSource implements YearScheduleSource {

  private final InMemoryYearScheduleSource memory;
  private final JdbcYearScheduleStore store;

  StoredYearScheduleSource(InMemoryYearScheduleSource memory, JdbcYearScheduleStore store) {
    this.memory = memory;
    this.store = store;
    for (YearSchedule stored : store.loadAll()) {
      memory.replaceYear(stored.year(), stored.days());
    }
  }

  @Override
  public Map<Integer, YearSchedule> announcedSchedules() {
    return memory.announcedSchedules();
  }

  @Override
  public void replaceYear(int year, List<DayOff> days) {
    store.save(new YearSchedule(year, days));
    memory.replaceYear(year, days);
  }
}
