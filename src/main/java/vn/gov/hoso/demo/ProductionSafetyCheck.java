package vn.gov.hoso.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.gov.hoso.crypto.CryptoProperties;
import vn.gov.hoso.organisation.OrganisationService;

/**
 * Refuses to start the {@code prod} profile while demo data are enabled, a demo password is configured, or the
 * database still holds the demo users (whose password is published in the README), or while the Keycloak clients use
 * the dev-only secrets of the local Keycloak (application-keycloak.yaml), or without configured encryption keys (a key
 * generated into a file next to the data is for the zero-setup default only).
 */
@Component
@Order(-100)
class ProductionSafetyCheck implements ApplicationRunner {

  private final Environment environment;
  private final DemoProperties demo;
  private final OrganisationService organisation;
  private final CryptoProperties crypto;

  ProductionSafetyCheck(Environment environment, DemoProperties demo, OrganisationService organisation,
      CryptoProperties crypto) {
    this.environment = environment;
    this.demo = demo;
    this.organisation = organisation;
    this.crypto = crypto;
  }

  @Override
  public void run(ApplicationArguments args) {
    boolean production = Arrays.asList(environment.getActiveProfiles()).contains("prod");
    check(production, demo, demoUsersPresent());
    checkKeycloakSecrets(production, KEYCLOAK_SECRETS.stream().map(environment::getProperty)
        .filter(Objects::nonNull).toList());
    checkEncryptionKeys(production, crypto);
  }

  static void checkEncryptionKeys(boolean production, CryptoProperties crypto) {
    if (production && (!crypto.hasConfiguredKeys() || crypto.keyFile() != null)) {
      throw new IllegalStateException("prod profile: the encryption keys must be configured (HOSO_CRYPTO_KEYS_<ID>,"
          + " HOSO_CRYPTO_ACTIVE_KEY), not generated into a key file (hoso.crypto.key-file must be empty)");
    }
  }

  static final List<String> KEYCLOAK_SECRETS = List.of(
      "spring.security.oauth2.client.registration.keycloak.client-secret", "plugin.identity.keycloak.client-secret",
      "hoso.accounts.keycloak.client-secret");

  static void checkKeycloakSecrets(boolean production, List<String> secrets) {
    if (production && secrets.stream().anyMatch(secret -> secret.isBlank() || secret.endsWith("-dev-only"))) {
      throw new IllegalStateException("prod profile: a Keycloak client secret is empty or the local dev-only default"
          + " (set HOSO_KEYCLOAK_WEB_SECRET, HOSO_KEYCLOAK_ENGINE_SECRET and HOSO_KEYCLOAK_ACCOUNTS_SECRET)");
    }
  }

  private boolean demoUsersPresent() {
    return DemoData.OFFICERS.stream().anyMatch(o -> organisation.account(o.username())
        .filter(a -> a.displayName().equals(o.displayName())).isPresent())
        || DemoData.EMPLOYEES.stream().anyMatch(p -> organisation.account(p.cccd()).isPresent());
  }

  static void check(boolean production, DemoProperties demo, boolean demoUsersPresent) {
    if (!production) {
      return;
    }
    if (demo.enabled()) {
      throw new IllegalStateException(
          "prod profile: demo data are enabled (hoso.demo.enabled / HOSO_DEMO_ENABLED must be false)");
    }
    if (!demo.password().isEmpty()) {
      throw new IllegalStateException("prod profile: a demo password is configured (unset HOSO_DEMO_PASSWORD)");
    }
    if (demoUsersPresent) {
      throw new IllegalStateException(
          "prod profile: the database holds the demo users and their published password; use a clean database");
    }
  }
}
