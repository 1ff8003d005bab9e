package vn.gov.hoso.workflow.clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.common.TimeConfiguration;
import vn.gov.hoso.organisation.web.AdministratorOnly;

/**
 * {@code /api/demo/clock}, for demonstrations and acceptance checks of deadlines: the Sở Nội vụ administrator moves
 * the time of the whole system and back. Absent unless the demo data are enabled.
 */
@RestController
@RequestMapping(path = "/api/demo/clock", produces = MediaType.APPLICATION_JSON_VALUE)
@ConditionalOnProperty(prefix = "hoso.demo", name = "enabled", havingValue = "true")
@Tag(name = "Demo", description = "Demo clock (only with the demo data)")
class DemoClockController {

  private final DemoClock clock;

  DemoClockController(DemoClock clock) {
    this.clock = clock;
  }

  /** Body of {@code PUT}: the new time with its offset, e.g. {@code 2026-12-21T09:00:00+07:00}. */
  record MoveClock(@Nullable OffsetDateTime now) {}

  /** The time now (Vietnam) and how many timers the move fired. */
  record ClockState(OffsetDateTime now, int timersFired) {}

  @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @AdministratorOnly
  @Operation(summary = "Chỉnh đồng hồ demo / Move engine and application clocks (administrator, demo only)",
      description = "Both clocks run on from the given time; timers due by then fire at once.")
  ClockState move(@RequestBody MoveClock body) {
    OffsetDateTime now = body.now();
    if (now == null) {
      throw new BusinessException("missingParameter", ErrorKind.INVALID, "now");
    }
    int fired = clock.moveTo(now.toInstant());
    return state(fired);
  }

  @DeleteMapping
  @AdministratorOnly
  @Operation(summary = "Trả đồng hồ về giờ thật / Reset both clocks to the system time (administrator, demo only)")
  ClockState reset() {
    clock.reset();
    return state(0);
  }

  private ClockState state(int fired) {
    Instant now = clock.now();
    return new ClockState(OffsetDateTime.ofInstant(now, TimeConfiguration.VIETNAM), fired);
  }
}
