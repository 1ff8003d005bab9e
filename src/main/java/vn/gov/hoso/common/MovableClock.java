package vn.gov.hoso.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs like its base clock, shifted by an offset that can be changed while the application runs: the
 * application clock of the demo, moved together with the engine clock to show deadlines (see the demo clock API).
 * With no offset it is the base clock. Thread-safe; clocks derived by {@link #withZone} share the offset.
 */
public final class MovableClock extends Clock {

  private final Clock base;
  private final AtomicReference<Duration> offset;

  public MovableClock(Clock base) {
    this(base, new AtomicReference<>(Duration.ZERO));
  }

  private MovableClock(Clock base, AtomicReference<Duration> offset) {
    this.base = base;
    this.offset = offset;
  }

  /** Moves the clock so that it reads {@code now} at this moment and runs on from there; returns the new offset. */
  public Duration moveTo(Instant now) {
    Duration shift = Duration.between(base.instant(), now);
    offset.set(shift);
    return shift;
  }

  /** Back to the base clock. */
  public void reset() {
    offset.set(Duration.ZERO);
  }

  /** How far this clock is ahead of its base clock (negative when behind). */
  public Duration offset() {
    return offset.get();
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new MovableClock(base.withZone(zone), offset);
  }
}
