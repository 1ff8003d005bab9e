package vn.gov.hoso.simulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hoso.simulator.Faults;
import vn.gov.hoso.simulator.NationalDatabaseSimulator;
import vn.gov.hoso.simulator.NationalRecordView;

/**
 * The simulated national API (see {@code docs/national-sync.md}). Not under {@code /api}: it stands for another
 * system; in production it is absent ({@code hoso.simulator.enabled=false}).
 */
@RestController
@RequestMapping(path = "/simulator/csdlqg", produces = MediaType.APPLICATION_JSON_VALUE)
@ConditionalOnProperty(prefix = "hoso.simulator", name = "enabled", havingValue = "true")
class SimulatorController {

  /** Header of the detached signature of an answer (the adapter's {@code NationalAnswerVerifier}). */
  static final String SIGNATURE_HEADER = "X-JWS-Signature";

  private final NationalDatabaseSimulator simulator;

  SimulatorController(NationalDatabaseSimulator simulator) {
    this.simulator = simulator;
  }

  @PostMapping(path = "/api/v1/records", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> deliver(@RequestHeader(name = "Idempotency-Key", required = false)
      @Nullable String key, @RequestBody JsonNode envelope) {
    SimulatedNationalDatabase.Answer answer = simulator.deliver(key, envelope);
    return ResponseEntity.status(answer.status()).body(answer.body());
  }

  /** What the national database holds (the demo shows the accepted records here). */
  @GetMapping("/api/v1/records")
  List<NationalRecordView> records() {
    return simulator.records();
  }

  /** The records of one person, by version. */
  @GetMapping("/api/v1/persons/{citizenId:\\d{12}}/records")
  List<NationalRecordView> recordsOf(@PathVariable String citizenId) {
    return simulator.recordsOf(citizenId);
  }

  /** The latest accepted record of one person (the inbound pull), signed by the simulator; 404 when none. */
  @GetMapping("/api/v1/persons/{citizenId:\\d{12}}/record")
  ResponseEntity<?> latestRecordOf(@PathVariable String citizenId) {
    if (simulator.readFails()) {
      return ResponseEntity.status(503).body(Map.of("status", "UNAVAILABLE", "errors",
          List.of(Map.of("code", "UNAVAILABLE", "message", "injected server error"))));
    }
    return simulator.signedLatestRecordOf(citizenId).<ResponseEntity<?>>map(answer -> ResponseEntity.ok()
            .header(SIGNATURE_HEADER, answer.signature()).body(answer.body()))
        .orElseGet(() -> ResponseEntity.status(404).body(Map.of("status", "NOT_FOUND", "errors",
            List.of(Map.of("code", "NOT_FOUND", "message", "no accepted record for " + citizenId)))));
  }

  @GetMapping("/faults")
  FaultsBody faults() {
    return FaultsBody.of(simulator.faults());
  }

  /** Switches faults on or off, e.g. {@code {"serverErrorRate":0.3,"timeoutRate":0.2}}. */
  @PutMapping(path = "/faults", consumes = MediaType.APPLICATION_JSON_VALUE)
  FaultsBody setFaults(@RequestBody FaultsBody body) {
    simulator.setFaults(body.toFaults());
    return FaultsBody.of(simulator.faults());
  }

  record FaultsBody(double serverErrorRate, double timeoutRate, double lostAnswerRate, double slowRate,
      long timeoutDelayMillis, long slowDelayMillis, @Nullable Set<String> rejectedCitizenIds, long seed) {

    static FaultsBody of(Faults f) {
      return new FaultsBody(f.serverErrorRate(), f.timeoutRate(), f.lostAnswerRate(), f.slowRate(),
          f.timeoutDelay().toMillis(), f.slowDelay().toMillis(), f.rejectedCitizenIds(), f.seed());
    }

    Faults toFaults() {
      Faults none = Faults.none();
      return new Faults(serverErrorRate, timeoutRate, lostAnswerRate, slowRate,
          timeoutDelayMillis > 0 ? Duration.ofMillis(timeoutDelayMillis) : none.timeoutDelay(),
          slowDelayMillis > 0 ? Duration.ofMillis(slowDelayMillis) : none.slowDelay(),
          rejectedCitizenIds == null ? Set.of() : rejectedCitizenIds, seed == 0 ? none.seed() : seed);
    }
  }
}
