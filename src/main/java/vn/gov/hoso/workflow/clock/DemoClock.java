package vn.gov.hoso.workflow.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import vn.gov.hoso.common.MovableClock;

/**
 * Moves the engine clock ({@link ClockUtil}) and the application clock ({@link MovableClock}) by the same offset, so
 * both keep running from the new time, then executes the timers due by then (the job executor would pick them up
 * too, but later). A timer that fails is left to the job executor's retries and counted as not fired.
 */
@Service
@ConditionalOnProperty(prefix = "hoso.demo", name = "enabled", havingValue = "true")
class DemoClock {

  private static final Logger LOG = LoggerFactory.getLogger(DemoClock.class);
  /** Firing a timer may create timers already due (a later boundary timer of a re-entered task): a few rounds. */
  private static final int MAX_ROUNDS = 5;

  private final MovableClock clock;
  private final ManagementService management;

  DemoClock(MovableClock clock, ManagementService management) {
    this.clock = clock;
    this.management = management;
  }

  /** Moves both clocks to {@code now}; returns how many timers fired. */
  int moveTo(Instant now) {
    Duration offset = clock.moveTo(now);
    ClockUtil.offset(offset.toMillis());
    LOG.info("Demo clock moved to {} (offset {})", now, offset);
    return fireDueTimers();
  }

  /** Both clocks back to the real time. */
  void reset() {
    clock.reset();
    ClockUtil.reset();
    LOG.info("Demo clock reset to the system time");
  }

  Instant now() {
    return clock.instant();
  }

  private int fireDueTimers() {
    Set<String> tried = new HashSet<>();
    int fired = 0;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<Job> due = management.createJobQuery().timers().executable().active().list().stream()
          .filter(job -> !tried.contains(job.getId())).toList();
      if (due.isEmpty()) {
        break;
      }
      for (Job job : due) {
        tried.add(job.getId());
        try {
          management.executeJob(job.getId());
          fired++;
        } catch (RuntimeException e) {
          LOG.warn("Timer job {} of process instance {} not fired by the demo clock: {}", job.getId(),
              job.getProcessInstanceId(), e.getMessage());
        }
      }
    }
    return fired;
  }
}
