package vn.gov.hoso.accounts;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of account provisioning, prefix {@code hoso.accounts}.
 *
 * @param requireTotp whether new accounts must set up a second factor (TOTP) at their first login (Keycloak only;
 *     environment {@code HOSO_ACCOUNTS_REQUIRE_TOTP}); default false
 * @param activationDays how many days an activation link stays valid (1–60, default 14)
 * @param keycloak the admin REST API of Keycloak (profile {@code keycloak} only)
 */
@ConfigurationProperties("hoso.accounts")
public record AccountsProperties(boolean requireTotp, int activationDays, Keycloak keycloak) {

  public static final int DEFAULT_ACTIVATION_DAYS = 14;

  public AccountsProperties(boolean requireTotp, int activationDays, @Nullable Keycloak keycloak) {
    this.requireTotp = requireTotp;
    this.activationDays = activationDays == 0 ? DEFAULT_ACTIVATION_DAYS : activationDays;
    if (this.activationDays < 1 || this.activationDays > 60) {
      throw new IllegalArgumentException("hoso.accounts.activation-days must be between 1 and 60");
    }
    this.keycloak = keycloak == null ? new Keycloak(null, null, null, null) : keycloak;
  }

  /**
   * The client the application manages users with: a confidential client with a service account holding
   * {@code manage-users} of {@code realm-management} (client {@code hoso-accounts} of keycloak/realm-hoso.json).
   */
  public record Keycloak(String url, String realm, String clientId, String clientSecret) {

    public Keycloak(@Nullable String url, @Nullable String realm, @Nullable String clientId,
        @Nullable String clientSecret) {
      this.url = url == null ? "" : url;
      this.realm = realm == null || realm.isBlank() ? "hoso" : realm;
      this.clientId = clientId == null || clientId.isBlank() ? "hoso-accounts" : clientId;
      this.clientSecret = clientSecret == null ? "" : clientSecret;
    }
  }
}
