package vn.gov.hoso.demo;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.hoso.crypto.CryptoProperties;

/** The prod profile refuses demo data, demo passwords and a database that still holds the demo users. */
class ProductionSafetyCheckTest {

  static final DemoProperties NO_DEMO = new DemoProperties(false, "");

  @Test
  void refusesProductionWhenDemoDataAreEnabled() {
    assertThatThrownBy(() -> ProductionSafetyCheck.check(true, new DemoProperties(true, "Demo@2026"), false))
        .hasMessageContaining("demo data are enabled");
  }

  @Test
  void refusesProductionWhenDemoPasswordIsConfigured() {
    assertThatThrownBy(() -> ProductionSafetyCheck.check(true, new DemoProperties(false, "Demo@2026"), false))
        .hasMessageContaining("demo password");
  }

  @Test
  void refusesProductionWhenDatabaseHoldsDemoUsers() {
    assertThatThrownBy(() -> ProductionSafetyCheck.check(true, NO_DEMO, true))
        .hasMessageContaining("demo users");
  }

  @Test
  void startsProductionWhenNoDemoIsLeft() {
    assertThatCode(() -> ProductionSafetyCheck.check(true, NO_DEMO, false)).doesNotThrowAnyException();
  }

  @Test
  void startsDemoWithDemoUsers() {
    assertThatCode(() -> ProductionSafetyCheck.check(false, new DemoProperties(true, "Demo@2026"), true))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesProductionWithDevOnlyKeycloakSecret() {
    assertThatThrownBy(() -> ProductionSafetyCheck.checkKeycloakSecrets(true,
        List.of("c2VjcmV0LWZyb20tdmF1bHQ", "hoso-engine-dev-only")))
        .hasMessageContaining("Keycloak client secret");
  }

  @Test
  void startsProductionWithRealKeycloakSecretsOrWithoutKeycloak() {
    assertThatCode(() -> ProductionSafetyCheck.checkKeycloakSecrets(true, List.of("c2VjcmV0LWZyb20tdmF1bHQ")))
        .doesNotThrowAnyException();
    assertThatCode(() -> ProductionSafetyCheck.checkKeycloakSecrets(true, List.of())).doesNotThrowAnyException();
    assertThatCode(() -> ProductionSafetyCheck.checkKeycloakSecrets(false, List.of("hoso-web-dev-only")))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesProductionWithoutConfiguredEncryptionKeysOrWithAGeneratedKeyFile() {
    String key = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    assertThatThrownBy(() -> ProductionSafetyCheck.checkEncryptionKeys(true,
        new CryptoProperties(Map.of(), null, null, 0))).hasMessageContaining("encryption keys");
    assertThatThrownBy(() -> ProductionSafetyCheck.checkEncryptionKeys(true,
        new CryptoProperties(Map.of("k2026", key), "k2026", "./data/crypto-keys.properties", 0)))
        .hasMessageContaining("key-file");
    assertThatCode(() -> ProductionSafetyCheck.checkEncryptionKeys(true,
        new CryptoProperties(Map.of("k2026", key), "k2026", "", 0))).doesNotThrowAnyException();
    assertThatCode(() -> ProductionSafetyCheck.checkEncryptionKeys(false,
        new CryptoProperties(Map.of(), null, "./data/crypto-keys.properties", 0))).doesNotThrowAnyException();
  }

  @Test
  void refusesDemoPasswordShorterThanEightCharacters() {
    assertThatThrownBy(() -> new DemoProperties(true, "1234")).isInstanceOf(IllegalArgumentException.class);
  }
}
