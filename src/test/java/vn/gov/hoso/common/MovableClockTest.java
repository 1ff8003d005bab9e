package vn.gov.hoso.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MovableClockTest {

  static final Instant REAL = Instant.parse("2026-11-23T04:00:00Z");

  private final MovableClock clock = new MovableClock(Clock.fixed(REAL, TimeConfiguration.VIETNAM));

  @Test
  void readsTheBaseClockWhenNotMoved() {
    assertThat(clock.instant()).isEqualTo(REAL);
    assertThat(clock.getZone()).isEqualTo(TimeConfiguration.VIETNAM);
  }

  @Test
  void readsTheNewTimeAndReportsTheOffsetWhenMoved() {
    Instant demo = Instant.parse("2026-12-21T02:00:00Z");

    Duration offset = clock.moveTo(demo);

    assertThat(clock.instant()).isEqualTo(demo);
    assertThat(offset).isEqualTo(Duration.ofDays(28).minusHours(2)).isEqualTo(clock.offset());
  }

  @Test
  void sharesTheOffsetWithClocksOfOtherZones() {
    Clock utc = clock.withZone(ZoneOffset.UTC);
    clock.moveTo(REAL.minus(Duration.ofDays(3)));

    assertThat(utc.instant()).isEqualTo(REAL.minus(Duration.ofDays(3)));
    assertThat(utc.getZone()).isEqualTo(ZoneId.of("Z"));
  }

  @Test
  void returnsToTheBaseClockWhenReset() {
    clock.moveTo(Instant.parse("2030-01-01T00:00:00Z"));

    clock.reset();

    assertThat(clock.instant()).isEqualTo(REAL);
    assertThat(clock.offset()).isZero();
  }
}
