package vn.gov.hoso.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.gov.hoso.calendar.DayOffKind;

/** Calendars built the way the application builds them, without Spring. */
final class CalendarFixtures {

  private CalendarFixtures() {}

  /** The shipped announcements 2019–2026, the forecast elsewhere, the legal fixed holidays. */
  static WorkingCalendarService officialCalendar() {
    return calendarWith(InMemoryYearScheduleSource.seededFromClasspath(), CalendarProperties.defaults());
  }

  static WorkingCalendarService calendarWith(InMemoryYearScheduleSource source, CalendarProperties properties) {
    return new WorkingCalendarService(source, new Time4jLunarCalendar(), properties);
  }

  /** One row of {@code official-days-off.csv}, read independently of the production reader. */
  record OfficialRow(LocalDate date, DayOffKind kind) {}

  static List<OfficialRow> officialRows() {
    try (InputStream in = CalendarFixtures.class.getResourceAsStream("/calendar/official-days-off.csv")) {
      List<OfficialRow> rows = new ArrayList<>();
      CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord record : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        rows.add(new OfficialRow(
            LocalDate.parse(record.get("date")), DayOffKind.valueOf(record.get("kind").toUpperCase(Locale.ROOT))));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
