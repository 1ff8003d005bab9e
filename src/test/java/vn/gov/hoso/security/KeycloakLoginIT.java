package vn.gov.hoso.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;
import vn.gov.hoso.support.BrowserCookies;
import vn.gov.hoso.support.KeycloakTestProfiles;
import vn.gov.hoso.support.KeycloakTestRealm;
import vn.gov.hoso.workflow.identity.AccountGroups;

/**
 * Profile keycloak against the real Keycloak of scripts/keycloak.sh (.ci/run starts it; locally the class is skipped
 * when Keycloak is not running): login to Tasklist through Keycloak's login page, bearer tokens for /api and
 * /engine-rest, the data scope and the engine's authorizations still apply, and the engine reads users and groups
 * from Keycloak through camunda-platform-7-keycloak.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = KeycloakTestProfiles.class)
@EnabledIf("vn.gov.hoso.support.KeycloakTestRealm#isReachable")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("keycloak")
class KeycloakLoginIT {

  /** Demo employee of Sở Tài chính (STC), Bùi Thị Thủy. */
  static final String FINANCE_EMPLOYEE = "038185011234";
  /** Demo employee of Trường Tiểu học Hồng Nam (TH-HN), Đỗ Thị Hồng Nhung. */
  static final String SCHOOL_EMPLOYEE = "033187023456";
  static final String SCHOOL_FOCAL_OFFICER = "th.daumoi";
  static final String KEYCLOAK_GROUP = "hoso-it-readers";

  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired AccountGroups accountGroups;

  @Value("${local.server.port}")
  int port;

  final KeycloakTestRealm keycloak = new KeycloakTestRealm();
  String employeePassword;
  String employeeToken;
  String focalOfficerToken;

  @BeforeAll
  void signIn() {
    keycloak.ensureTestClient();
    keycloak.allowWebRedirect("http://localhost:" + port + "/login/oauth2/code/keycloak");
    employeePassword = keycloak.ensureUser(FINANCE_EMPLOYEE, "Bùi Thị", "Thủy", "employee", "STC");
    keycloak.ensureMembership(FINANCE_EMPLOYEE, KEYCLOAK_GROUP);
    String officerPassword = keycloak.ensureUser(SCHOOL_FOCAL_OFFICER, "Phạm Thị", "Hoa", "focal-officer", "TH-HN");
    employeeToken = keycloak.accessToken(FINANCE_EMPLOYEE, employeePassword);
    focalOfficerToken = keycloak.accessToken(SCHOOL_FOCAL_OFFICER, officerPassword);
  }

  @Test
  void showsOwnDossierToEmployeeWithBearerToken() {
    Map<String, Object> dossier = app().get().uri("/api/me/dossier").header("Authorization", "Bearer " + employeeToken)
        .retrieve().body(new ParameterizedTypeReference<Map<String, Object>>() {});

    assertThat(dossier).containsEntry("cccd", FINANCE_EMPLOYEE).containsEntry("unitId", "STC");
  }

  @Test
  void refusesDossierOfAnotherUnitToEmployee() {
    assertThat(status("/api/dossiers/" + SCHOOL_EMPLOYEE, employeeToken).value()).isEqualTo(403);
  }

  @Test
  void refusesDossierOfAnotherUnitToFocalOfficerButShowsOwnUnit() {
    assertThat(status("/api/dossiers/" + FINANCE_EMPLOYEE, focalOfficerToken).value()).isEqualTo(403);
    assertThat(status("/api/dossiers/" + SCHOOL_EMPLOYEE, focalOfficerToken).value()).isEqualTo(200);
  }

  @Test
  void refusesCallsWithoutOrWithForgedToken() {
    assertThat(status("/api/me/dossier", null).value()).isEqualTo(401);
    assertThat(status("/engine-rest/task", null).value()).isEqualTo(401);
    assertThat(status("/api/me/dossier", employeeToken.substring(0, employeeToken.length() - 4) + "AAAA").value())
        .isEqualTo(401);
  }

  @Test
  void showsEmployeeOnlyOwnTasksThroughEngineRest() {
    List<?> visible = app().get().uri("/engine-rest/task").header("Authorization", "Bearer " + employeeToken)
        .retrieve().body(List.class);

    assertThat(visible).isNotEmpty();
    assertThat(visible)
        .allSatisfy(task -> assertThat(((Map<?, ?>) task).get("assignee")).isEqualTo(FINANCE_EMPLOYEE));
    assertThat(tasks.createTaskQuery().count()).isGreaterThan(visible.size());
  }

  @Test
  void showsFocalOfficerNoTaskOfAnotherUnitsGroup() {
    List<?> visible = app().get().uri("/engine-rest/task?candidateGroup=focal-STC")
        .header("Authorization", "Bearer " + focalOfficerToken).retrieve().body(List.class);

    assertThat(visible).isEmpty();
  }

  @Test
  void employeeSignsInToTasklistThroughKeycloakAndSeesOnlyOwnTasks() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new BrowserCookies())
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    String app = "http://localhost:" + port;

    HttpResponse<String> loginPage = browser.send(HttpRequest.newBuilder(URI.create(app + "/camunda/app/tasklist/"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(loginPage.uri().toString()).startsWith(KeycloakTestRealm.URL + "/realms/hoso/protocol/openid-connect/auth");
    Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(loginPage.body());
    assertThat(action.find()).isTrue();
    String form = "username=" + FINANCE_EMPLOYEE + "&password="
        + URLEncoder.encode(employeePassword, StandardCharsets.UTF_8) + "&credentialId=";
    HttpResponse<String> tasklist = browser.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(tasklist.uri().toString()).isEqualTo(app + "/camunda/app/tasklist/default/");
    assertThat(tasklist.statusCode()).isEqualTo(200);

    HttpResponse<String> user = browser.send(HttpRequest.newBuilder(
        URI.create(app + "/camunda/api/admin/auth/user/default")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(user.body()).contains("\"userId\":\"" + FINANCE_EMPLOYEE + "\"").contains("tasklist");
    HttpResponse<String> visible = browser.send(HttpRequest.newBuilder(
        URI.create(app + "/camunda/api/engine/engine/default/task")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(visible.statusCode()).isEqualTo(200);
    List<Map<String, Object>> taskList = new ObjectMapper().readValue(visible.body(), new TypeReference<>() {});
    assertThat(taskList).isNotEmpty().allSatisfy(task -> assertThat(task).containsEntry("assignee", FINANCE_EMPLOYEE));
  }

  @Test
  void findsUserAndGroupsInKeycloakThroughTheIdentityPlugin() {
    assertThat(identity.isReadOnly()).isTrue();
    User user = identity.createUserQuery().userId(FINANCE_EMPLOYEE).singleResult();
    assertThat(user).isNotNull();
    assertThat(user.getLastName()).isEqualTo("Thủy");
    assertThat(identity.createGroupQuery().groupMember(FINANCE_EMPLOYEE).list()).extracting(Group::getName)
        .contains(KEYCLOAK_GROUP);

    assertThat(accountGroups.groupIds(FINANCE_EMPLOYEE)).contains("employees")
        .noneMatch(group -> group.startsWith("focal-"));
    assertThat(accountGroups.groupIds(SCHOOL_FOCAL_OFFICER)).contains("focal-officers", "focal-TH-HN")
        .doesNotContain("focal-STC");
  }

  private HttpStatusCode status(String path, String token) {
    return app().get().uri(path)
        .headers(h -> {
          if (token != null) {
            h.setBearerAuth(token);
          }
        })
        .exchange((request, response) -> response.getStatusCode());
  }

  private RestClient app() {
    return RestClient.create("http://localhost:" + port);
  }
}
