package vn.gov.hoso.support;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Value;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.hoso.dossier.DossierFixtures;
import vn.gov.hoso.dossier.DossierVersionSigned;

/**
 * Confirmed, signed dossier versions for the national-sync tests: an employee of a unit declares the fixture dossier,
 * the focal officer approves it, and the head signs it in the signing window with the demo key (the signing step
 * publishes {@link DossierVersionSigned} in its transaction).
 */
@TestComponent
public class SignedVersions {

  private final TestEmployees employees;
  private final DeclarationDriver driver;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock;

  private final SigningDriver signing;
  private final RuntimeService runtime;
  private final String pin;

  public SignedVersions(TestEmployees employees, DeclarationDriver driver, ApplicationEventPublisher events,
      TransactionTemplate transaction, Clock clock, SigningDriver signing, RuntimeService runtime,
      @Value("${hoso.demo.password}") String pin) {
    this.signing = signing;
    this.pin = pin;
    this.employees = employees;
    this.driver = driver;
    this.events = events;
    this.transaction = transaction;
    this.clock = clock;
    this.runtime = runtime;
  }

  /** A person of Phòng Quản lý ngân sách (STC-NS) whose first version is confirmed, not yet signed. */
  public String confirmedVersion(String fullName) {
    return confirmedVersion(fullName, dossier -> { });
  }

  /** The same, with the declared dossier changed by {@code change} before it is submitted. */
  public String confirmedVersion(String fullName, Consumer<ObjectNode> change) {
    String cccd = employees.recruitWoman1985("STC-NS", fullName);
    ObjectNode dossier = DossierFixtures.aCivilServantDossier();
    dossier.put("citizenIdNumber", cccd);
    dossier.put("dossierId", cccd);
    dossier.put("fullName", fullName);
    change.accept(dossier);
    Map<String, Object> values = DeclarationDriver.formValues(dossier);
    values.put("action", "submit");
    driver.declare(cccd, values);
    driver.review(cccd, "approve", "");
    return cccd;
  }

  /** The signing window opens (its timer is executed) and the head signs version {@code number} with the demo key. */
  public void sign(String cccd, int number) {
    ProcessInstance process = signing.signingProcess(cccd);
    Object waiting = process == null ? null : runtime.getVariable(process.getId(), "versionNumber");
    if (!Integer.valueOf(number).equals(waiting)) {
      throw new IllegalStateException("no signing of version " + number + " of " + cccd + " waits (" + waiting + ")");
    }
    signing.openWindow(cccd);
    signing.signInTasklist(cccd, pin);
  }

  /** The signing event of an already signed version delivered once more (its transaction commits). */
  public void publishSignedAgain(String cccd, int number) {
    transaction.executeWithoutResult(status ->
        events.publishEvent(new DossierVersionSigned(cccd, number, "STC-NS", clock.instant())));
  }

  /** {@link #confirmedVersion(String)} signed as version 1. */
  public String signedVersion(String fullName) {
    String cccd = confirmedVersion(fullName);
    sign(cccd, 1);
    return cccd;
  }
}
