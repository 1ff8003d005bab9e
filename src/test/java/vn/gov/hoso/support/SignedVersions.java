package vn.gov.hoso.support;

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
 * the focal officer approves it, and {@link DossierVersionSigned} is published inside a transaction, as the signing
 * step will publish it when the head signs.
 */
@TestComponent
public class SignedVersions {

  private final TestEmployees employees;
  private final DeclarationDriver driver;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public SignedVersions(TestEmployees employees, DeclarationDriver driver, ApplicationEventPublisher events,
      TransactionTemplate transaction, Clock clock) {
    this.employees = employees;
    this.driver = driver;
    this.events = events;
    this.transaction = transaction;
    this.clock = clock;
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

  /** The head signs version {@code number}: the event is published in its own transaction, which then commits. */
  public void sign(String cccd, int number) {
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
