package vn.gov.hoso.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.hoso.support.EngineTables;
import vn.gov.hoso.support.KeycloakTestProfiles;
import vn.gov.hoso.support.KeycloakTestRealm;
import vn.gov.hoso.support.Recruitments;
import vn.gov.hoso.support.TestEmployees;

/**
 * Account provisioning against the real Keycloak of scripts/keycloak.sh (profile keycloak; skipped when Keycloak is
 * not running, mandatory with {@code HOSO_KEYCLOAK_REQUIRED=true}): the confirmed recruit becomes a Keycloak user with
 * username = CCCD, attribute {@code unitId}, realm role {@code employee}, required action {@code UPDATE_PASSWORD} and no
 * credential at all; activation gives a temporary one-time password that Keycloak refuses for anything but changing
 * it; the one-time password reaches none of the engine's tables; disabling disables the Keycloak user.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = KeycloakTestProfiles.class)
@EnabledIf("vn.gov.hoso.support.KeycloakTestRealm#isReachable")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("keycloak")
@Import({TestEmployees.class, Recruitments.class, EngineTables.class})
class KeycloakAccountProvisioningIT {

  static final String STC_FOCAL_OFFICER = "stc.daumoi";

  @Autowired AccountService accounts;
  @Autowired AccountDirectory directory;
  @Autowired Recruitments recruitments;
  @Autowired EngineTables engineTables;

  final KeycloakTestRealm keycloak = new KeycloakTestRealm();

  @BeforeAll
  void prepareRealm() {
    keycloak.ensureTestClient();
    keycloak.ensureAccountsClient();
  }

  @Test
  void createsKeycloakUserWithoutPasswordThenTemporaryOneTimePasswordThenDisables() {
    NewRecruitment recruitment = recruitments.aNewCivilServant("STC-NS", "Cao Thị Kê Cờ Lốc");
    String cccd = recruitment.citizenId();
    recruitments.receive(recruitment, STC_FOCAL_OFFICER);
    recruitments.approveAndCreateAccount(cccd, STC_FOCAL_OFFICER, List.of("focal-STC", "focal-officers"));

    Map<String, Object> user = keycloak.user(cccd).orElseThrow();
    assertThat(user).containsEntry("username", cccd).containsEntry("enabled", true)
        .containsEntry("firstName", "Cao Thị Kê Cờ").containsEntry("lastName", "Lốc");
    assertThat(user.get("attributes")).asInstanceOf(InstanceOfAssertFactories.MAP)
        .containsEntry("unitId", List.of("STC-NS"));
    assertThat(user.get("requiredActions")).asInstanceOf(InstanceOfAssertFactories.LIST).contains("UPDATE_PASSWORD");
    assertThat(keycloak.realmRoles(cccd)).contains("employee");
    assertThat(keycloak.credentialTypes(cccd)).isEmpty();
    assertThat(directory.hasPassword(cccd)).isFalse();

    IssuedActivation link = accounts.issueActivation(cccd, STC_FOCAL_OFFICER);
    assertThat(link.style()).isEqualTo(AccountDirectory.ActivationStyle.ONE_TIME_PASSWORD);
    String oneTime = accounts.activate(link.token(), null).orElseThrow();

    assertThat(oneTime).hasSize(20);
    assertThat(keycloak.credentialTypes(cccd)).containsExactly("password");
    assertThat(keycloak.user(cccd).orElseThrow().get("requiredActions")).asInstanceOf(InstanceOfAssertFactories.LIST).contains("UPDATE_PASSWORD");
    // a temporary password opens nothing but Keycloak's "update password" page
    assertThat(keycloak.directGrantAnswer(cccd, oneTime)).startsWith("400").contains("not fully set up");
    assertThat(engineTables.mentionsOf(oneTime)).isZero();
    assertThat(engineTables.mentionsOf(link.token())).isZero();

    accounts.disable(cccd, "Thôi việc theo nguyện vọng", STC_FOCAL_OFFICER);
    assertThat(keycloak.user(cccd).orElseThrow()).containsEntry("enabled", false);
    assertThat(keycloak.user(cccd).orElseThrow().get("attributes")).asInstanceOf(InstanceOfAssertFactories.MAP)
        .containsEntry("unitId", List.of("STC-NS"));
  }
}
