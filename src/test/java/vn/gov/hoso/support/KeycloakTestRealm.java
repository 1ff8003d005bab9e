package vn.gov.hoso.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The real Keycloak of scripts/keycloak.sh (realm {@code hoso} imported from keycloak/realm-hoso.json), driven through
 * its admin REST API with the local bootstrap admin: creates the test-only client {@code hoso-test} (the only client
 * with direct grants), users with a random password each run, and fetches tokens as those users.
 */
public final class KeycloakTestRealm {

  public static final String URL = env("HOSO_KEYCLOAK_URL", "http://127.0.0.1:8180");
  public static final String REALM = "hoso";
  static final String TEST_CLIENT = "hoso-test";

  private final RestClient http = RestClient.create();
  private final String admin = env("HOSO_KEYCLOAK_ADMIN_USER", "admin");
  private final String adminPassword = env("HOSO_KEYCLOAK_ADMIN_PASSWORD", "admin-dev-only");

  /**
   * Whether the realm answers. Fails instead of answering false when {@code HOSO_KEYCLOAK_REQUIRED=true} (set by
   * .ci/run, which starts Keycloak), so CI never skips the Keycloak tests silently.
   */
  public static boolean isReachable() {
    boolean reachable;
    try {
      HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
          .send(HttpRequest.newBuilder(URI.create(URL + "/realms/" + REALM + "/.well-known/openid-configuration"))
              .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
      reachable = response.statusCode() == 200;
    } catch (java.io.IOException e) {
      reachable = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      reachable = false;
    }
    if (!reachable && "true".equals(System.getenv("HOSO_KEYCLOAK_REQUIRED"))) {
      throw new IllegalStateException("HOSO_KEYCLOAK_REQUIRED is set but realm " + REALM + " at " + URL
          + " does not answer: run scripts/keycloak.sh start");
    }
    return reachable;
  }

  /** Creates the public test client with direct access grants, unless it exists. */
  public void ensureTestClient() {
    List<?> existing = admin().get().uri("/clients?clientId={id}", TEST_CLIENT).retrieve().body(List.class);
    if (existing != null && !existing.isEmpty()) {
      return;
    }
    admin().post().uri("/clients").contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("clientId", TEST_CLIENT, "publicClient", true, "directAccessGrantsEnabled", true,
            "standardFlowEnabled", false))
        .retrieve().toBodilessEntity();
  }

  /**
   * Creates client {@code hoso-accounts} of keycloak/realm-hoso.json (service account with {@code manage-users},
   * {@code view-users}, {@code query-users}, {@code view-realm} of {@code realm-management}) with the dev-only secret
   * of application-keycloak.yaml, unless it exists: a Keycloak whose realm was imported before the client was added.
   */
  public void ensureAccountsClient() {
    List<?> existing = admin().get().uri("/clients?clientId=hoso-accounts").retrieve().body(List.class);
    if (existing == null || existing.isEmpty()) {
      admin().post().uri("/clients").contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("clientId", "hoso-accounts", "publicClient", false, "serviceAccountsEnabled", true,
              "standardFlowEnabled", false, "directAccessGrantsEnabled", false,
              "secret", env("HOSO_KEYCLOAK_ACCOUNTS_SECRET", "hoso-accounts-dev-only")))
          .retrieve().toBodilessEntity();
      existing = admin().get().uri("/clients?clientId=hoso-accounts").retrieve().body(List.class);
    }
    Object clientId = ((Map<?, ?>) existing.get(0)).get("id");
    Object serviceAccount = admin().get().uri("/clients/{id}/service-account-user", clientId).retrieve()
        .body(Map.class).get("id");
    Object realmManagement = ((Map<?, ?>) admin().get().uri("/clients?clientId=realm-management").retrieve()
        .body(List.class).get(0)).get("id");
    List<Object> roles = new ArrayList<>();
    for (String role : List.of("manage-users", "view-users", "query-users", "view-realm")) {
      roles.add(admin().get().uri("/clients/{id}/roles/{role}", realmManagement, role).retrieve().body(Map.class));
    }
    admin().post().uri("/users/{id}/role-mappings/clients/{client}", serviceAccount, realmManagement)
        .contentType(MediaType.APPLICATION_JSON).body(roles).retrieve().toBodilessEntity();
  }

  /** The user's representation as Keycloak's admin API gives it, if the user exists. */
  @SuppressWarnings("unchecked")
  public Optional<Map<String, Object>> user(String username) {
    List<?> users = admin().get().uri("/users?username={u}&exact=true&briefRepresentation=false", username)
        .retrieve().body(List.class);
    return users == null || users.isEmpty() ? Optional.empty() : Optional.of((Map<String, Object>) users.get(0));
  }

  /** Types of the user's credentials ({@code password}, {@code otp}). */
  public List<String> credentialTypes(String username) {
    List<?> credentials = admin().get().uri("/users/{id}/credentials", userId(username)).retrieve().body(List.class);
    return credentials.stream().map(c -> (String) ((Map<?, ?>) c).get("type")).toList();
  }

  /** Names of the user's realm roles. */
  public List<String> realmRoles(String username) {
    List<?> roles = admin().get().uri("/users/{id}/role-mappings/realm", userId(username)).retrieve()
        .body(List.class);
    return roles.stream().map(r -> (String) ((Map<?, ?>) r).get("name")).toList();
  }

  /** Keycloak's answer to a direct grant (status and body), whether it succeeds or not. */
  public String directGrantAnswer(String username, String password) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("grant_type", "password");
    form.add("client_id", TEST_CLIENT);
    form.add("username", username);
    form.add("password", password);
    return http.post().uri(URL + "/realms/" + REALM + "/protocol/openid-connect/token")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
        .exchange((request, response) -> response.getStatusCode().value() + " "
            + new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
  }

  /** Adds a redirect URI to client hoso-web (the app of a test listens on a random port). */
  public void allowWebRedirect(String redirectUri) {
    List<?> clients = admin().get().uri("/clients?clientId=hoso-web").retrieve().body(List.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> client = (Map<String, Object>) clients.get(0);
    List<Object> uris = new java.util.ArrayList<>((List<?>) client.get("redirectUris"));
    if (!uris.contains(redirectUri)) {
      uris.add(redirectUri);
      client.put("redirectUris", uris);
      admin().put().uri("/clients/{id}", client.get("id")).contentType(MediaType.APPLICATION_JSON).body(client)
          .retrieve().toBodilessEntity();
    }
  }

  /**
   * Creates or updates the user with the realm role, the {@code unitId} attribute and a new random password (not
   * temporary), and returns that password.
   */
  public String ensureUser(String username, String firstName, String lastName, String realmRole, String unitId) {
    String id = userId(username);
    Map<String, Object> representation = Map.of("username", username, "enabled", true, "firstName", firstName,
        "lastName", lastName, "attributes", Map.of("unitId", List.of(unitId)), "requiredActions", List.of());
    if (id == null) {
      admin().post().uri("/users").contentType(MediaType.APPLICATION_JSON).body(representation).retrieve()
          .toBodilessEntity();
      id = userId(username);
    } else {
      admin().put().uri("/users/{id}", id).contentType(MediaType.APPLICATION_JSON).body(representation).retrieve()
          .toBodilessEntity();
    }
    Map<?, ?> role = admin().get().uri("/roles/{role}", realmRole).retrieve().body(Map.class);
    admin().post().uri("/users/{id}/role-mappings/realm", id).contentType(MediaType.APPLICATION_JSON)
        .body(List.of(role)).retrieve().toBodilessEntity();
    String password = "Kt-" + UUID.randomUUID() + "-A1!";
    admin().put().uri("/users/{id}/reset-password", id).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("type", "password", "value", password, "temporary", false)).retrieve().toBodilessEntity();
    return password;
  }

  /** Puts the user into a Keycloak group (created if absent). */
  public void ensureMembership(String username, String groupName) {
    List<?> groups = admin().get().uri("/groups?search={name}&exact=true", groupName).retrieve().body(List.class);
    if (groups == null || groups.isEmpty()) {
      admin().post().uri("/groups").contentType(MediaType.APPLICATION_JSON).body(Map.of("name", groupName))
          .retrieve().toBodilessEntity();
      groups = admin().get().uri("/groups?search={name}&exact=true", groupName).retrieve().body(List.class);
    }
    Object groupId = ((Map<?, ?>) groups.get(0)).get("id");
    admin().put().uri("/users/{id}/groups/{group}", userId(username), groupId).retrieve().toBodilessEntity();
  }

  /** An access token of the user, by a direct grant through the test client. */
  public String accessToken(String username, String password) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("grant_type", "password");
    form.add("client_id", TEST_CLIENT);
    form.add("username", username);
    form.add("password", password);
    Map<?, ?> token = http.post().uri(URL + "/realms/" + REALM + "/protocol/openid-connect/token")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(Map.class);
    return (String) token.get("access_token");
  }

  private String userId(String username) {
    List<?> users = admin().get().uri("/users?username={u}&exact=true", username).retrieve().body(List.class);
    return users == null || users.isEmpty() ? null : (String) ((Map<?, ?>) users.get(0)).get("id");
  }

  private RestClient admin() {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("grant_type", "password");
    form.add("client_id", "admin-cli");
    form.add("username", admin);
    form.add("password", adminPassword);
    Map<?, ?> token = http.post().uri(URL + "/realms/master/protocol/openid-connect/token")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(Map.class);
    return RestClient.builder().baseUrl(URL + "/admin/realms/" + REALM)
        .defaultHeader("Authorization", "Bearer " + token.get("access_token")).build();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
