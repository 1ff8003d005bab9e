package vn.gov.hoso.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.hoso.calendar.DayOff;
import vn.gov.hoso.calendar.DayOffKind;
import vn.gov.hoso.calendar.YearSchedule;

/**
 * The replaced years in the tables {@code calendar_year_schedule} and {@code calendar_day_off} (migration V2). A
 * year is written as a whole in one transaction: readers of the database never see half a year.
 */
final class JdbcYearScheduleStore {

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;

  JdbcYearScheduleStore(JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** Every stored year, in year order. */
  List<YearSchedule> loadAll() {
    Map<Integer, List<DayOff>> byYear = new TreeMap<>();
    jdbc.sql("select schedule_year from calendar_year_schedule")
        .query((rs, row) -> rs.getInt(1))
        .list()
        .forEach(year -> byYear.put(year, new ArrayList<>()));
    jdbc.sql("select schedule_year, entry_date, kind, name from calendar_day_off")
        .query((rs, row) -> Map.entry(rs.getInt("schedule_year"), new DayOff(
            rs.getObject("entry_date", LocalDate.class), DayOffKind.valueOf(rs.getString("kind")),
            rs.getString("name"))))
        .list()
        .forEach(entry -> byYear.get(entry.getKey()).add(entry.getValue()));
    return byYear.entrySet().stream().map(e -> new YearSchedule(e.getKey(), e.getValue())).toList();
  }

  /** Stores the schedule, replacing what was stored for its year. */
  void save(YearSchedule schedule) {
    int year = schedule.year();
    transaction.executeWithoutResult(status -> {
      jdbc.sql("delete from calendar_day_off where schedule_year = ?").param(year).update();
      jdbc.sql("delete from calendar_year_schedule where schedule_year = ?").param(year).update();
      jdbc.sql("insert into calendar_year_schedule (schedule_year, replaced_at) values (?, ?)")
          .param(year).param(OffsetDateTime.now(clock)).update();
      for (DayOff day : schedule.days()) {
        jdbc.sql("insert into calendar_day_off (schedule_year, entry_date, kind, name) values (?, ?, ?, ?)")
            .param(year).param(day.date()).param(day.kind().name()).param(day.name())
            .update();
      }
    });
  }
}
