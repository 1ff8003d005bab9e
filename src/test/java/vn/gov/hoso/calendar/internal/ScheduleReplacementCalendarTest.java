package vn.gov.hoso.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.hoso.calendar.internal.CalendarFixtures.calendarWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.gov.hoso.calendar.DayOff;
import vn.gov.hoso.calendar.DayOffKind;
import vn.gov.hoso.calendar.YearSchedule;

/** An administrator replaces a year's schedule when the announcement appears (rules §5.2 point 5). */
class ScheduleReplacementCalendarTest {

  private final InMemoryYearScheduleSource source = InMemoryYearScheduleSource.seededFromClasspath();
  private final WorkingCalendarService calendar = calendarWith(source, CalendarProperties.defaults());

  /** A made-up announcement for 2027 that differs from the forecast (Tết 2027 is Saturday 6 February). */
  private static List<DayOff> announcement2027() {
    List<DayOff> days = new ArrayList<>();
    days.add(new DayOff(LocalDate.of(2026, 12, 31), DayOffKind.SWAPPED_OFF, "Nghỉ hoán đổi (làm bù ngày 09/01/2027)"));
    days.add(new DayOff(LocalDate.of(2027, 1, 1), DayOffKind.HOLIDAY, "Tết Dương lịch"));
    days.add(new DayOff(LocalDate.of(2027, 1, 9), DayOffKind.SWAPPED_WORKDAY, "Làm bù cho ngày 31/12/2026"));
    for (int day = 8; day <= 12; day++) {
      days.add(new DayOff(LocalDate.of(2027, 2, day), DayOffKind.HOLIDAY, "Tết Nguyên đán"));
    }
    return days;
  }

  @Test
  void replacesWholeForecastWhenYearIsAnnounced() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 4))).as("forecast T-2").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 11))).as("forecast").isTrue();

    source.replaceYear(2027, announcement2027());

    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 4))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 11))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 4, 16))).as("Giỗ Tổ not in the announcement").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 9))).as("make-up Saturday").isTrue();
    assertThat(calendar.daysOff(2027)).containsExactlyElementsOf(announcement2027().subList(1, 8));
  }

  @Test
  void appliesEntryInPreviousYearWhenArrangementReachesAcrossNewYear() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 31))).isTrue();

    source.replaceYear(2027, announcement2027());

    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 31))).isFalse();
    assertThat(calendar.daysOff(2026)).last().isEqualTo(announcement2027().get(0));
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 30), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
  }

  @Test
  void keepsEarlierSnapshotUnchangedWhenYearIsReplaced() {
    Map<Integer, YearSchedule> before = source.announcedSchedules();

    source.replaceYear(2025, List.of(new DayOff(LocalDate.of(2025, 1, 1), DayOffKind.HOLIDAY, "Tết Dương lịch")));

    assertThat(before.get(2025).days()).hasSize(13);
    assertThat(source.announced(2025)).hasValueSatisfying(schedule -> assertThat(schedule.days()).hasSize(1));
    assertThatThrownBy(() -> before.put(2030, new YearSchedule(2030, List.of())))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void keepsEveryReplacementWhenYearsAreReplacedConcurrently() throws Exception {
    int threads = 8;
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> futures = IntStream.range(0, threads).<Future<?>>mapToObj(i -> executor.submit(() -> {
        start.await();
        int year = 2030 + i;
        for (int round = 0; round < 200; round++) {
          source.replaceYear(year, List.of(
              new DayOff(LocalDate.of(year, 1, 1), DayOffKind.HOLIDAY, "Tết Dương lịch " + round)));
        }
        return null;
      })).toList();
      start.countDown();
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      executor.shutdown();
    }

    assertThat(source.announcedSchedules().keySet())
        .containsAll(IntStream.rangeClosed(2019, 2026).boxed().toList())
        .containsAll(IntStream.rangeClosed(2030, 2037).boxed().toList())
        .hasSize(16);
    assertThat(source.announced(2033)).hasValueSatisfying(
        schedule -> assertThat(schedule.days().get(0).name()).isEqualTo("Tết Dương lịch 199"));
  }

  @Test
  void rejectsScheduleWhenListBreaksARule() {
    DayOff newYear = new DayOff(LocalDate.of(2027, 1, 1), DayOffKind.HOLIDAY, "Tết Dương lịch");
    assertThatIllegalArgumentException().as("same date twice")
        .isThrownBy(() -> source.replaceYear(2027, List.of(newYear, newYear)));
    assertThatIllegalArgumentException().as("two years away")
        .isThrownBy(() -> source.replaceYear(2029, List.of(newYear)));
    assertThatIllegalArgumentException().as("year out of range")
        .isThrownBy(() -> source.replaceYear(2200, List.of()));
    assertThat(source.announced(2027)).isEmpty();
  }

  @Test
  void rejectsDayOffWhenKindDoesNotFitWeekday() {
    LocalDate saturday = LocalDate.of(2027, 1, 2);
    LocalDate monday = LocalDate.of(2027, 1, 4);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new DayOff(saturday, DayOffKind.COMPENSATORY, "Nghỉ bù Tết Dương lịch"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new DayOff(saturday, DayOffKind.SWAPPED_OFF, "Nghỉ hoán đổi"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new DayOff(monday, DayOffKind.SWAPPED_WORKDAY, "Làm bù"));
    assertThatIllegalArgumentException().isThrownBy(() -> new DayOff(monday, DayOffKind.HOLIDAY, " "));
  }
}
