package vn.gov.hoso.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.hoso.calendar.DayOff;
import vn.gov.hoso.calendar.DayOffKind;
import vn.gov.hoso.support.IntegrationTest;

/** A replaced year is stored and laid over the shipped schedules again when the application starts. */
@IntegrationTest
class StoredYearScheduleSourceIT {

  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;

  @Test
  void loadsReplacedYearOverShippedDataWhenTheApplicationStartsAgain() {
    JdbcYearScheduleStore store = new JdbcYearScheduleStore(jdbc, transaction, clock);
    List<DayOff> first = List.of(new DayOff(LocalDate.of(2160, 1, 2), DayOffKind.HOLIDAY, "Tết Dương lịch (thử)"));
    List<DayOff> second = List.of(
        new DayOff(LocalDate.of(2160, 1, 1), DayOffKind.HOLIDAY, "Tết Dương lịch"),
        new DayOff(LocalDate.of(2159, 12, 31), DayOffKind.SWAPPED_OFF, "Nghỉ hoán đổi (làm bù ngày 10/01/2160)"));
    new StoredYearScheduleSource(InMemoryYearScheduleSource.seededFromClasspath(), store).replaceYear(2160, first);
    new StoredYearScheduleSource(InMemoryYearScheduleSource.seededFromClasspath(), store).replaceYear(2160, second);

    StoredYearScheduleSource restarted =
        new StoredYearScheduleSource(InMemoryYearScheduleSource.seededFromClasspath(), store);

    assertThat(restarted.announced(2160)).get().extracting(schedule -> schedule.days())
        .isEqualTo(List.of(second.get(1), second.get(0)));
    assertThat(restarted.announced(2026)).as("shipped years stay").isPresent();
    assertThat(restarted.announced(2162)).isEmpty();
  }
}
