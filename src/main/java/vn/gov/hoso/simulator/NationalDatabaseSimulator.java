package vn.gov.hoso.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;
import vn.gov.hoso.signing.CertificateOwners;
import vn.gov.hoso.signing.OrganisationSigner;
import vn.gov.hoso.signing.SigningService;
import vn.gov.hoso.simulator.internal.SimulatedNationalDatabase;
import vn.gov.hoso.simulator.internal.SimulatedNationalDatabase.Answer;
import vn.gov.hoso.simulator.internal.SimulatedRecordEntity;

/**
 * Facade of the simulator: receives deliveries (with the configured {@link Faults}), lists what it holds, and lets
 * tests and the demo change the faults at run time ({@code PUT /simulator/csdlqg/faults}).
 */
@Service
@ConditionalOnProperty(prefix = "hoso.simulator", name = "enabled", havingValue = "true")
public class NationalDatabaseSimulator {

  /** Subject UID of the simulator's own key, which signs its answers to the inbound pull. */
  public static final String ANSWER_SIGNER = "csdlqg.simulator";

  private final SimulatedNationalDatabase database;
  /** Made at the first delivery. */
  private final SingletonSupplier<SigningService> verifier;
  private final OrganisationSigner answerSigner;
  private volatile boolean tamperAnswers;
  private final AtomicInteger deliveries = new AtomicInteger();
  private volatile Faults faults = Faults.none();
  private volatile Random random = new Random(Faults.none().seed());

  public NationalDatabaseSimulator(SimulatedNationalDatabase database, SimulatorProperties properties,
      ObjectProvider<OrganisationSigner> ownSigner, ObjectProvider<SigningService> provinceSigning, Clock clock) {
    this.database = database;
    // made at the first delivery: the demo sync key is generated in the background while the application starts
    this.verifier = SingletonSupplier.of(() -> {
      List<java.security.cert.X509Certificate> anchors = new java.util.ArrayList<>();
      if (properties.trustAnchors().isEmpty()) {
        // demo: the CA of the province's sync key and the roots of its personal keys (the director signs batches)
        anchors.addAll(ownSigner.getObject().trustAnchors());
        provinceSigning.ifAvailable(signing -> anchors.addAll(signing.trustAnchors()));
      } else {
        anchors.addAll(OrganisationSigner.certificates(properties.trustAnchors()));
      }
      // the simulator checks the signature and its chain, not who inside the province signed it
      CertificateOwners anyOwner = (certificate, username) -> true;
      return new SigningService(anchors, anyOwner, clock);
    });
    this.answerSigner = OrganisationSigner.generated(ANSWER_SIGNER, "CSDL quốc gia CBCCVC (mô phỏng)", clock);
  }

  /** Replaces the faults (and restarts their random sequence from the new seed). */
  public synchronized void setFaults(Faults faults) {
    this.faults = faults;
    this.random = new Random(faults.seed());
  }

  public Faults faults() {
    return faults;
  }

  /** One delivery of {@code POST /api/v1/records}, faults included. */
  public Answer deliver(@Nullable String idempotencyKey, JsonNode envelope) {
    deliveries.incrementAndGet();
    Faults f = faults;
    double draw = draw();
    if (draw < f.serverErrorRate()) {
      return unavailable("injected server error");
    }
    if (draw < f.serverErrorRate() + f.timeoutRate()) {
      pause(f.timeoutDelay());
      return unavailable("injected timeout");
    }
    boolean loseAnswer = draw < f.serverErrorRate() + f.timeoutRate() + f.lostAnswerRate();
    boolean slow = !loseAnswer && draw < f.serverErrorRate() + f.timeoutRate() + f.lostAnswerRate() + f.slowRate();
    if (slow) {
      pause(f.slowDelay());
    }
    Answer answer = database.receive(idempotencyKey, envelope, verifier.obtain(), f.rejectedCitizenIds());
    return loseAnswer ? unavailable("injected lost answer (the record was stored)") : answer;
  }

  /** Every record held, in no particular order. */
  public List<NationalRecordView> records() {
    return database.all().stream().map(SimulatedRecordEntity::toView).toList();
  }

  /** The records of one person, by version (the inbound pull reads the latest accepted one). */
  public List<NationalRecordView> recordsOf(String citizenId) {
    return database.ofCitizen(citizenId).stream().map(SimulatedRecordEntity::toView).toList();
  }

  /** Whether this read is answered with an injected server error (the fault rate of deliveries applies to reads too). */
  public boolean readFails() {
    return draw() < faults.serverErrorRate();
  }

  /**
   * The latest accepted record of a person with the simulator's detached JAdES over its canonical JSON, as {@code GET
   * /api/v1/persons/{cccd}/record} answers it (body and header {@code X-JWS-Signature}). With {@link
   * #setTamperAnswers} on, a field is changed after signing, as a man in the middle would.
   */
  public Optional<SignedAnswer> signedLatestRecordOf(String citizenId) {
    return database.latestAccepted(citizenId).map(body -> {
      String signature = answerSigner.sign(body);
      if (tamperAnswers) {
        ((ObjectNode) body.path("fields")).put("fullName", body.path("fields").path("fullName").asText() + " (sửa)");
      }
      return new SignedAnswer(body, signature);
    });
  }

  /** An answer and its detached signature. */
  public record SignedAnswer(ObjectNode body, String signature) {}

  /** Fault injection for the inbound pull: answers changed after they were signed. */
  public void setTamperAnswers(boolean tamper) {
    this.tamperAnswers = tamper;
  }

  /** The root of the simulator's answer key: what the adapter trusts in the demo ({@code NationalTrustAnchors}). */
  public List<java.security.cert.X509Certificate> answerTrustAnchors() {
    return answerSigner.trustAnchors();
  }

  /** The latest accepted record of a person, unsigned (tests and the demo). */
  public Optional<ObjectNode> latestRecordOf(String citizenId) {
    return database.latestAccepted(citizenId);
  }

  /** Stores a record as accepted from another province (tests and the demo; no faults, no checks). */
  public void seed(String provinceCode, JsonNode record) {
    database.seed(provinceCode, record);
  }

  /** Number of deliveries received since start (all outcomes, faults included). */
  public int deliveryCount() {
    return deliveries.get();
  }

  /** Forgets every record (tests and demo resets). */
  public void clear() {
    database.clear();
  }

  private synchronized double draw() {
    return random.nextDouble();
  }

  private static Answer unavailable(String why) {
    return new Answer(503, Map.of("status", "UNAVAILABLE", "errors",
        List.of(Map.of("code", "UNAVAILABLE", "message", why))));
  }

  private static void pause(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
