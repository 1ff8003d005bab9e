package vn.gov.hoso.accounts.keycloak;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import vn.gov.hoso.accounts.AccountDirectory;
import vn.gov.hoso.accounts.AccountsProperties;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.organisation.Account;
import vn.gov.hoso.organisation.Role;

/**
 * {@link AccountDirectory} of profile {@code keycloak}: Keycloak's admin REST API, called with Spring's
 * {@link RestClient} and a token of client {@code hoso-accounts} (client-credentials grant, service account with
 * {@code manage-users}). Users get username = CCCD, the {@code unitId} attribute, their realm roles, no credential,
 * and the required action {@code UPDATE_PASSWORD} (+ {@code CONFIGURE_TOTP} with {@code hoso.accounts.require-totp}).
 * Activation sets a one-time password as temporary: Keycloak makes the person choose their own at the first login, so
 * the application never sees it. Disabling sets {@code enabled=false} and ends the user's sessions.
 *
 * <p>Why not {@code keycloak-admin-client}: it brings RESTEasy Classic and its own JAX-RS/Jackson stack next to
 * Spring's; the six calls needed here are plain JSON over HTTP.
 */
@Component
@Profile("keycloak")
class KeycloakAccountDirectory implements AccountDirectory {

  static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
  static final String CONFIGURE_TOTP = "CONFIGURE_TOTP";

  private final AccountsProperties properties;
  private final AccountsProperties.Keycloak keycloak;
  private final RestClient http = RestClient.create();
  private final Clock clock;
  private @Nullable String token;
  private Instant tokenExpires = Instant.EPOCH;

  KeycloakAccountDirectory(AccountsProperties properties, Clock clock) {
    this.properties = properties;
    this.keycloak = properties.keycloak();
    this.clock = clock;
  }

  @Override
  public ActivationStyle activationStyle() {
    return ActivationStyle.ONE_TIME_PASSWORD;
  }

  @Override
  public void create(Account account) {
    if (userId(account.username()).isEmpty()) {
      String name = account.displayName().strip();
      int space = name.lastIndexOf(' ');
      List<String> actions = new ArrayList<>(List.of(UPDATE_PASSWORD));
      if (properties.requireTotp()) {
        actions.add(CONFIGURE_TOTP);
      }
      admin().post().uri("/users").contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("username", account.username(), "enabled", true,
              "firstName", space > 0 ? name.substring(0, space) : name,
              "lastName", space > 0 ? name.substring(space + 1) : name,
              "attributes", Map.of("unitId", List.of(account.unitId())),
              "requiredActions", actions))
          .retrieve().toBodilessEntity();
    }
    String id = userId(account.username()).orElseThrow(
        () -> new IllegalStateException("Keycloak did not create user " + account.username()));
    List<Map<?, ?>> roles = new ArrayList<>();
    for (Role role : account.roles()) {
      roles.add(admin().get().uri("/roles/{role}", role.id()).retrieve().body(Map.class));
    }
    admin().post().uri("/users/{id}/role-mappings/realm", id).contentType(MediaType.APPLICATION_JSON).body(roles)
        .retrieve().toBodilessEntity();
  }

  @Override
  public void activate(String username, String password) {
    String id = existing(username);
    admin().put().uri("/users/{id}/reset-password", id).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("type", "password", "value", password, "temporary", true))
        .retrieve()
        .onStatus(HttpStatusCode::is4xxClientError, (request, response) -> {
          throw new BusinessException("passwordPolicy", ErrorKind.INVALID);
        })
        .toBodilessEntity();
  }

  @Override
  public boolean hasPassword(String username) {
    Optional<String> id = userId(username);
    if (id.isEmpty()) {
      return false;
    }
    List<?> credentials = admin().get().uri("/users/{id}/credentials", id.get()).retrieve().body(List.class);
    return credentials != null && credentials.stream().anyMatch(c -> "password".equals(((Map<?, ?>) c).get("type")));
  }

  @Override
  public void disable(String username) {
    Optional<String> id = userId(username);
    if (id.isEmpty()) {
      return;
    }
    // the whole representation back: a partial one could be refused by the realm's user profile
    @SuppressWarnings("unchecked")
    Map<String, Object> user = admin().get().uri("/users/{id}", id.get()).retrieve().body(Map.class);
    if (user == null) {
      return;
    }
    Map<String, Object> disabled = new HashMap<>(user);
    disabled.put("enabled", false);
    admin().put().uri("/users/{id}", id.get()).contentType(MediaType.APPLICATION_JSON).body(disabled)
        .retrieve().toBodilessEntity();
    admin().post().uri("/users/{id}/logout", id.get()).retrieve().toBodilessEntity();
  }

  private String existing(String username) {
    return userId(username).orElseThrow(() -> new BusinessException("accountNotFound", ErrorKind.NOT_FOUND, username));
  }

  private Optional<String> userId(String username) {
    List<?> users = admin().get().uri("/users?username={u}&exact=true", username).retrieve().body(List.class);
    return users == null || users.isEmpty() ? Optional.empty()
        : Optional.of((String) ((Map<?, ?>) users.get(0)).get("id"));
  }

  private RestClient admin() {
    return RestClient.builder().baseUrl(keycloak.url() + "/admin/realms/" + keycloak.realm())
        .defaultHeader("Authorization", "Bearer " + accessToken()).build();
  }

  /** A token of the service account, reused until shortly before it expires. */
  private synchronized String accessToken() {
    Instant now = clock.instant();
    if (token != null && now.isBefore(tokenExpires)) {
      return token;
    }
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("grant_type", "client_credentials");
    form.add("client_id", keycloak.clientId());
    form.add("client_secret", keycloak.clientSecret());
    Map<?, ?> answer = http.post()
        .uri(keycloak.url() + "/realms/" + keycloak.realm() + "/protocol/openid-connect/token")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(Map.class);
    if (answer == null || !(answer.get("access_token") instanceof String value)) {
      throw new IllegalStateException("Keycloak gave no token to client " + keycloak.clientId());
    }
    int lifetime = answer.get("expires_in") instanceof Number n ? n.intValue() : 60;
    token = value;
    tokenExpires = now.plusSeconds(Math.max(0, lifetime - 30));
    return value;
  }
}
