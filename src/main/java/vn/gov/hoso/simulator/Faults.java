package vn.gov.hoso.simulator;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * What goes wrong at the simulated national database. Rates are probabilities per delivery (0 to 1), drawn in this
 * order: {@code serverErrorRate} (answers 503 without looking at the request), {@code timeoutRate} (answers after
 * {@code timeoutDelay}, later than any client waits), {@code lostAnswerRate} (stores the record, then answers 503: the
 * sender delivers again, a duplicate the key must catch), {@code slowRate} (answers correctly after {@code slowDelay}).
 *
 * @param rejectedCitizenIds citizen ids the national side refuses with {@code CITIZEN_ID_CONFLICT} (the person is
 *     registered by another province)
 * @param seed seed of the random draws, so a test run is repeatable
 */
public record Faults(double serverErrorRate, double timeoutRate, double lostAnswerRate, double slowRate,
    Duration timeoutDelay, Duration slowDelay, Set<String> rejectedCitizenIds, long seed) {

  public Faults {
    for (double rate : new double[] {serverErrorRate, timeoutRate, lostAnswerRate, slowRate}) {
      if (rate < 0 || rate > 1) {
        throw new IllegalArgumentException("a fault rate is between 0 and 1: " + rate);
      }
    }
    Objects.requireNonNull(timeoutDelay, "timeoutDelay");
    Objects.requireNonNull(slowDelay, "slowDelay");
    rejectedCitizenIds = Set.copyOf(rejectedCitizenIds);
  }

  /** Everything works. */
  public static Faults none() {
    return new Faults(0, 0, 0, 0, Duration.ofSeconds(35), Duration.ofMillis(300), Set.of(), 2026L);
  }
}
