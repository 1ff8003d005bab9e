package vn.gov.hoso.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.gov.hoso.campaign.CampaignService;
import vn.gov.hoso.campaign.LaunchCampaign;
import vn.gov.hoso.dossier.DossierFixtures;
import vn.gov.hoso.organisation.Account;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Role;
import vn.gov.hoso.support.DeclarationDriver;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.Recruitments;
import vn.gov.hoso.support.TestEmployees;
import vn.gov.hoso.workflow.identity.AccountGroups;
import vn.gov.hoso.workflow.identity.IdentityAdministration;

/**
 * The access matrix of issue 4: every role × every API endpoint × a dossier inside and outside the caller's unit
 * subtree, over real HTTP (the filters, the security chains and /engine-rest included). Each cell asserts the status
 * code; every refused cell and every list answer also asserts that no data of the other unit leaks (name, birth
 * date, unit) — in bodies, paging totals and error messages. A guard test fails when an endpoint under /api has no
 * row here, so a new endpoint cannot ship without its line in the matrix.
 *
 * <p>The target dossier belongs to a person of Phòng Quản lý ngân sách (STC-NS, under Sở Tài chính), so the Sở Tài
 * chính officers are in scope and the school's officers (TH-HN, under UBND phường Phố Hiến) are out of scope; the
 * Sở Nội vụ roles see the whole province.
 */
@IntegrationTest
@Import({TestEmployees.class, DeclarationDriver.class, Recruitments.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

  /** Who calls. The order is the order of the columns in {@link #MATRIX}. */
  enum Actor {
    ANONYMOUS(null),
    OWNER(null),
    OTHER_EMPLOYEE("033187023456"),
    STC_FOCAL("stc.daumoi"),
    STC_HEAD("stc.thutruong"),
    TH_FOCAL("th.daumoi"),
    TH_HEAD("th.hieutruong"),
    SNV_ADMIN("admin"),
    SNV_DIRECTOR("snv.giamdoc");

    final String username;

    Actor(String username) {
      this.username = username;
    }

    /** Actors that must not learn anything about the target dossier. */
    boolean outOfScope() {
      return this == ANONYMOUS || this == OTHER_EMPLOYEE || this == TH_FOCAL || this == TH_HEAD;
    }
  }

  /**
   * One row per endpoint: method, path (placeholders filled from the fixture), optional body, then the expected status
   * for each {@link Actor} in column order: anonymous, owner, other employee, STC focal, STC head, school focal,
   * school head, SNV admin, SNV director.
   */
  static final List<Row> MATRIX = List.of(
      row("GET /api/me/dossier", "                               401 200 200 404 404 404 404 404 404"),
      row("GET /api/me/upload", "                                401 200 200 404 404 404 404 404 404"),
      row("GET /api/dossiers/{cccd}", "                          401 200 403 200 200 403 403 200 200"),
      // Another unit's list is not an error: the filter meets the caller's scope and the answer is empty.
      row("GET /api/dossiers?unitId=STC-NS", "                   401 200 200 200 200 200 200 200 200"),
      row("GET /api/dossiers?q={name}", "                        401 200 200 200 200 200 200 200 200"),
      row("GET /api/dossiers/{cccd}/history", "                  401 200 403 200 200 403 403 200 200"),
      row("GET /api/dossiers/{cccd}/versions/1", "               401 200 403 200 200 403 403 200 200"),
      row("GET /api/dossiers/{cccd}/versions/1/pdf", "           401 200 403 200 200 403 403 200 200"),
      row("GET /api/dossiers/{cccd}/pdf", "                      401 200 403 200 200 403 403 200 200"),
      row("GET /api/dossiers/{cccd}/versions/1/diff/2", "        401 200 403 200 200 403 403 200 200"),
      row("GET /api/dossiers/{cccd}/attachments", "              401 200 403 200 200 403 403 200 200"),
      row("GET /api/dossiers/{cccd}/attachments/{attachment}", " 401 200 403 200 200 403 403 200 200"),
      // Only the owner may upload, and only while the dossier is editable: it awaits verification here (409).
      row("POST /api/dossiers/{cccd}/attachments", "             401 409 403 403 403 403 403 403 403"),
      // Signatures: version 1 of the target was never signed (404 to those who may read it).
      row("GET /api/dossiers/{cccd}/versions/1/signature", "     401 404 403 404 404 403 403 404 404"),
      // Batch signing: heads sign the tasks offered to them; nobody here has a signing task of this PIN.
      row("POST /api/signing/batches {\"pin\":\"sai-ma-pin\"}", " 401 400 400 400 400 400 400 400 400"),
      row("GET /api/signing/batches/{batch}", "                  401 404 404 404 404 404 404 404 404"),
      row("GET /api/dossiers/{cccd}/changes", "                  401 200 403 200 200 403 403 200 200"),
      // The target awaits verification, so it is not locked: those allowed to unlock get 409, the owner may never.
      row("POST /api/dossiers/{cccd}/unlock {\"reason\":\"Kiểm thử ma trận quyền\"}",
          "401 403 403 409 409 403 403 409 409"),
      // A change is declared only by an employee on their own locked dossier (the owner's is not locked: 409);
      // officers' accounts have no dossier of their own (404).
      row("POST /api/me/changes {\"changeType\":\"salary-raise\",\"eventDate\":\"2026-11-02\",\"description\":\"Nâng lương\"}",
          "401 409 409 404 404 404 404 404 404"),
      // Accounts: focal officers of the unit or above and the Sở Nội vụ administrator. The recruitment posted here is
      // invalid (a woman's CCCD for a man): those allowed get the validation error, nobody else learns anything.
      row("POST /api/recruitments", "                            401 403 403 400 403 403 403 400 403"),
      row("GET /api/recruitments/{recruitment}", "              401 403 403 200 403 403 403 200 403"),
      row("GET /api/recruitments/{recruitment}/decision", "     401 403 403 200 403 403 403 200 403"),
      // The owner's account already has a password: no activation link (409).
      row("POST /api/accounts/{cccd}/activation", "             401 403 403 409 403 403 403 409 403"),
      // Disabling a colleague in Phòng Quản lý ngân sách (idempotent: the administrator disables it again).
      row("POST /api/accounts/{colleague}/disable {\"reason\":\"Nghỉ hưu (kiểm thử)\"}",
          "401 403 403 200 403 403 403 200 403"),
      // Organisation: the tree and the officers of a unit are public inside the province; quotas, reports and
      // re-homing lists only in scope; quotas and restructuring decisions are the administrator's.
      row("GET /api/units?asOf=2026-11-01", "                     401 200 200 200 200 200 200 200 200"),
      row("GET /api/units/{unit}", "                             401 200 200 200 200 200 200 200 200"),
      row("GET /api/units/{unit}/quotas/{year}", "                 401 403 403 200 200 403 403 200 200"),
      row("PUT /api/units/{unit}/quotas/{year} {\"civilServants\":-1}", "401 403 403 403 403 403 403 400 403"),
      row("GET /api/reports/quotas?unitId=STC-NS&year=2026", "   401 403 403 200 200 403 403 200 200"),
      row("POST /api/units/restructurings {\"operation\":\"MERGE\"}", "401 403 403 403 403 403 403 400 403"),
      row("GET /api/units/restructurings/{restructuring}", "     401 403 403 403 403 403 403 404 403"),
      row("GET /api/units/{unit}/people-to-rehome", "            401 403 403 200 200 403 403 200 200"),
      row("GET /api/units/people-in-closed-units", "             401 403 403 403 403 403 403 200 403"),
      // Encryption keys: the administrator's.
      row("GET /api/admin/crypto", "                             401 403 403 403 403 403 403 200 403"),
      row("POST /api/admin/crypto/rotate", "                     401 403 403 403 403 403 403 200 403"),
      row("GET /api/calendar/working-days/add?from=2027-02-01&days=5", " 401 200 200 200 200 200 200 200 200"),
      row("GET /api/calendar/working-days/between?from=2026-02-09&to=2026-02-23",
          "401 200 200 200 200 200 200 200 200"),
      row("GET /api/calendar/days-off?year=2026", "              401 200 200 200 200 200 200 200 200"),
      row("GET /api/calendar/signing-window?tier=base&month=2026-02", " 401 200 200 200 200 200 200 200 200"),
      // A malformed year announcement: the administrator gets the validation error, everybody else is refused first.
      row("PUT /api/calendar/years/2031 [{\"date\":\"not-a-date\"}]", "401 403 403 403 403 403 403 400 403"),
      row("PUT /api/demo/clock {\"now\":\"not-an-instant\"}", "  401 403 403 403 403 403 403 400 403"),
      row("DELETE /api/demo/clock", "                            401 403 403 403 403 403 403 200 403"),
      // National sync counts of a unit subtree: officers of the unit or above and the Sở Nội vụ; nobody else.
      row("GET /api/sync/summary?unitId=STC-NS", "               401 403 403 200 200 403 403 200 200"),
      // Inbound pull of an arriving person: the receiving unit's focal officers (or above) and the Sở Nội vụ
      // administrator; the target's dossier exists, so they get 409, everybody else 403 first.
      row("POST /api/sync/inbound {\"cccd\":\"{cccd}\",\"unitId\":\"STC-NS\"}",
          "401 403 403 409 403 403 403 409 403"),
      // Exits and transfers out: focal officers of the unit or above and the Sở Nội vụ administrator may start them
      // (here with invalid values: 400); everybody else is refused first (the engine's start right, or the scope).
      row("POST /api/dossiers/{cccd}/exits {\"kind\":\"nghi-phep\"}", "401 403 403 400 403 403 403 400 403"),
      row("POST /api/dossiers/{cccd}/transfer-out {\"destinationProvince\":\"\"}",
          "401 403 403 400 403 403 403 400 403"),
      // The archive: focal officers and heads (their subtree) and the Sở Nội vụ; not employees.
      row("GET /api/archive", "                                  401 403 403 200 200 200 200 200 200"),
      // --- transfers and retirements ---
      // Retirements of a year: everybody's own scope (an employee: at most themself); a unit only inside the scope.
      row("GET /api/retirements?year=2027", "                    401 200 200 200 200 200 200 200 200"),
      row("GET /api/retirements?year=2027&unitId=STC-NS", "      401 403 403 200 200 403 403 200 200"),
      // Transfers of the target (in STC-NS) to its own unit: those allowed get the validation error (400), everybody
      // else is refused first. Between units: focal officers of the releasing unit or above, the administrator.
      row("POST /api/transfers", "                               401 403 403 400 403 403 403 400 403"),
      row("POST /api/transfers/internal {\"username\":\"{cccd}\",\"toUnitId\":\"STC-NS\",\"effectiveDate\":\"2026-12-01\"}",
          "401 403 403 400 403 403 403 400 403"),
      row("GET /api/transfers/{transfer}", "                     401 404 404 404 404 404 404 404 404"),
      row("GET /api/transfers/{transfer}/decision", "            401 404 404 404 404 404 404 404 404"),
      // Arrival from another province: as the inbound pull (the target's dossier exists: 409).
      row("POST /api/transfers/into-province {\"cccd\":\"{cccd}\",\"unitId\":\"STC-NS\"}",
          "401 403 403 409 403 403 403 409 403"),
      // Search and reports: the export is the search in the caller's scope (out of scope: headers only); headcounts
      // of a unit only in scope; saved searches are the caller's own; a statutory report file is 404 out of scope.
      row("GET /api/dossiers/export?format=csv&q={name}", "       401 200 200 200 200 200 200 200 200"),
      row("GET /api/reports/headcount?by=rank&unitId=STC-NS", "  401 403 403 200 200 403 403 200 200"),
      row("GET /api/searches", "                                 401 200 200 200 200 200 200 200 200"),
      row("POST /api/searches {\"name\":\"\",\"query\":\"q=x\"}", "  401 400 400 400 400 400 400 400 400"),
      row("DELETE /api/searches/{none}", "                       401 404 404 404 404 404 404 404 404"),
      row("GET /api/reports/statutory/{none}/file", "            401 404 404 404 404 404 404 404 404"),
      // Declaration campaigns (a campaign for STC-NS whose members are selected): launched by the administrator
      // (a blank name: 400 for the administrator, everybody else refused first); seen by the officers whose scope
      // overlaps it and the Sở Nội vụ; the list answers every officer with the campaigns they may see.
      row("POST /api/campaigns {\"name\":\"\",\"unitId\":\"STC-NS\"}", "401 403 403 403 403 403 403 400 403"),
      row("GET /api/campaigns", "                                401 403 403 200 200 200 200 200 200"),
      row("GET /api/campaigns/{campaign}", "                     401 403 403 200 200 403 403 200 200"),
      row("GET /api/campaigns/{campaign}/dashboard", "           401 403 403 200 200 403 403 200 200"),
      row("GET /api/campaigns/{campaign}/dashboard/people", "    401 403 403 200 200 403 403 200 200"),
      row("GET /api/campaigns/{campaign}/dashboard/export", "    401 403 403 200 200 403 403 200 200"));

  @Autowired TestEmployees employees;
  @Autowired DeclarationDriver driver;
  @Autowired Recruitments recruitments;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ObjectMapper json;
  @Autowired OrganisationService organisation;
  @Autowired IdentityAdministration identities;
  @Autowired AccountGroups groups;
  @Autowired AuthorizationService authorizations;
  @Autowired CampaignService campaigns;
  @Autowired ManagementService management;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Value("${hoso.demo.password}")
  String demoPassword;

  @Value("${local.server.port}")
  int port;

  final HttpClient http = HttpClient.newHttpClient();

  String cccd;
  String fullName = "Lương Thị Kim Oanh";
  String attachmentId;
  String recruitmentId;
  String colleague;
  String campaignId;
  final String recruitName = "Đinh Thị Ngọc Ánh";

  @BeforeAll
  void dossierWithTwoVersionsAndAnAttachment() throws Exception {
    cccd = employees.recruit("STC-NS", fullName, "Nữ", LocalDate.of(1983, 6, 29), "Công chức");
    ObjectNode dossier = DossierFixtures.aCivilServantDossier();
    dossier.put("citizenIdNumber", cccd);
    dossier.put("dossierId", cccd);
    dossier.put("fullName", fullName);
    dossier.put("dateOfBirth", "1983-06-29");
    dossier.put("employingUnitId", "STC-NS");
    HttpResponse<String> upload = call(Actor.OWNER, "POST", "/api/dossiers/" + cccd + "/attachments", null);
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
    attachmentId = json.readTree(upload.body()).path("id").asText();
    Map<String, Object> values = DeclarationDriver.formValues(dossier);
    values.put("action", "submit");
    driver.declare(cccd, values);
    assertThat(driver.currentTask(cccd)).as("submitted for verification").isNotNull()
        .extracting(Task::getTaskDefinitionKey).isEqualTo("VerifyDossierUserTask");
    driver.review(cccd, "reject", "Bổ sung số điện thoại.");
    recruitmentId = recruitments.receive(recruitments.aNewCivilServant("STC-NS", recruitName), "stc.daumoi").id();
    colleague = employees.recruit("STC-NS", "Hà Văn Phúc", "Nam", LocalDate.of(1966, 2, 1), "Công chức");
    driver.declare(cccd, Map.of("contactPhone", "0912345678", "action", "submit"));
    campaignId = campaigns.launch(new LaunchCampaign("Ma trận quyền", "STC-NS", LocalDate.now().plusDays(30)),
        "admin").id();
    String campaignProcess = runtime.createProcessInstanceQuery().processInstanceBusinessKey(campaignId)
        .singleResult().getId();
    management.executeJob(management.createJobQuery().processInstanceId(campaignProcess).singleResult().getId());
  }

  @TestFactory
  Stream<DynamicTest> everyRoleOnEveryEndpointGetsItsStatusAndNothingLeaks() {
    List<DynamicTest> cells = new ArrayList<>();
    for (Row row : MATRIX) {
      for (Actor actor : Actor.values()) {
        int expected = row.expected.get(actor);
        cells.add(DynamicTest.dynamicTest(actor + " " + row.method + " " + row.path + " → " + expected, () -> {
          HttpResponse<String> response = call(actor, row.method, fill(row.path),
              row.body == null ? null : fill(row.body));
          assertThat(response.statusCode()).as("%s %s as %s: %s", row.method, row.path, actor, response.body())
              .isEqualTo(expected);
          if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).as("refusals are problem+json")
                .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
          }
          if (actor.outOfScope() || response.statusCode() >= 400) {
            assertNoLeak(response.body(), actor, row);
          }
        }));
      }
    }
    return cells.stream();
  }

  @Test
  void everyApiEndpointHasItsRowInTheMatrix() {
    Set<String> mapped = new TreeSet<>();
    mappings.getHandlerMethods().forEach((info, method) -> {
      Set<String> patterns = info.getPatternValues();
      Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String pattern : patterns) {
        if (!pattern.startsWith("/api/")) {
          continue;
        }
        for (var m : methods) {
          mapped.add(m.name() + " " + placeholders(pattern));
        }
      }
    });
    Set<String> covered = new LinkedHashSet<>();
    for (Row row : MATRIX) {
      String path = row.path.contains("?") ? row.path.substring(0, row.path.indexOf('?')) : row.path;
      covered.add(row.method + " " + placeholders(path)
          .replaceAll("/versions/\\d+", "/versions/{}").replaceAll("/diff/\\d+", "/diff/{}")
          .replaceAll("/years/\\d+", "/years/{}"));
    }
    assertThat(covered).as("rows of the access matrix").containsAll(mapped);
  }

  @Test
  void schoolOfficersSeeNoTaskOfAnotherUnitThroughTheEngineApi() throws Exception {
    Task verification = driver.currentTask(cccd);
    assertThat(verification.getTaskDefinitionKey()).isEqualTo("VerifyDossierUserTask");
    for (Actor actor : List.of(Actor.TH_FOCAL, Actor.TH_HEAD, Actor.OTHER_EMPLOYEE)) {
      HttpResponse<String> list = call(actor, "GET", "/engine-rest/task?maxResults=1000", null);
      assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
      for (JsonNode task : json.readTree(list.body())) {
        String unit = (String) runtime.getVariable(task.path("processInstanceId").asText(), "unitId");
        assertThat(unit).as("%s sees task %s", actor, task.path("name").asText()).isNotIn("STC", "STC-NS", "STC-VP");
      }
      assertThat(list.body()).doesNotContain(verification.getId());
      HttpResponse<String> one = call(actor, "GET", "/engine-rest/task/" + verification.getId(), null);
      assertThat(one.statusCode()).as(one.body()).isIn(403, 404);
      assertNoLeak(one.body(), actor, null);
      HttpResponse<String> variables =
          call(actor, "GET", "/engine-rest/task/" + verification.getId() + "/variables", null);
      assertThat(variables.statusCode()).as(variables.body()).isIn(403, 404);
      assertNoLeak(variables.body(), actor, null);
      HttpResponse<String> instances = call(actor, "GET", "/engine-rest/process-instance?businessKey=" + cccd, null);
      assertThat(instances.statusCode() == 200 ? json.readTree(instances.body()).size() : 0)
          .as("process instances of another unit visible to %s", actor).isZero();
      HttpResponse<String> history =
          call(actor, "GET", "/engine-rest/history/process-instance?processInstanceBusinessKey=" + cccd, null);
      assertThat(history.statusCode() == 200 ? json.readTree(history.body()).size() : 0)
          .as("history of another unit visible to %s", actor).isZero();
    }
  }

  @Test
  void focalOfficerInScopeSeesTheVerificationTaskThroughTheEngineApi() throws Exception {
    Task verification = driver.currentTask(cccd);
    HttpResponse<String> list =
        call(Actor.STC_FOCAL, "GET", "/engine-rest/task?processInstanceBusinessKey=" + cccd, null);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(verification.getId());
    HttpResponse<String> owner = call(Actor.OWNER, "GET", "/engine-rest/task?processInstanceBusinessKey=" + cccd, null);
    assertThat(owner.statusCode()).isEqualTo(200);
    assertThat(json.readTree(owner.body()).size()).as("the verification task is not the employee's").isZero();
  }

  @Test
  void listOfAnotherUnitIsRefusedAndSearchTotalsCountOnlyTheCallersSubtree() throws Exception {
    String query = "/api/dossiers?q=" + URLEncoder.encode(fullName, StandardCharsets.UTF_8);
    JsonNode inScope = json.readTree(call(Actor.STC_FOCAL, "GET", query, null).body());
    assertThat(inScope.toString()).contains(cccd);
    for (Actor actor : List.of(Actor.TH_FOCAL, Actor.TH_HEAD, Actor.OTHER_EMPLOYEE)) {
      HttpResponse<String> response = call(actor, "GET", query, null);
      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode page = json.readTree(response.body());
      assertThat(page.toString()).doesNotContain(cccd);
      assertThat(totalOf(page)).as("paging total seen by %s", actor).isZero();
    }
  }

  /** {@code /dossiers/{cccd:\\d{12}}/x} → {@code /dossiers/{}/x}: every path variable, nested braces included. */
  private static String placeholders(String pattern) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (char c : pattern.toCharArray()) {
      if (c == '{' && depth++ == 0) {
        out.append("{}");
      } else if (c == '}') {
        depth--;
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  @Test
  void onlyManagersOfTheWholeProvinceOpenCockpitAndAUnitManagerReadsNoProcessOfTheProvince() throws Exception {
    Account province = new Account("hy.lanhdao." + System.nanoTime() % 100000, "Lãnh đạo tỉnh", "HY",
        Set.of(Role.MANAGER));
    Account unit = new Account("stc.lanhdao." + System.nanoTime() % 100000, "Lãnh đạo Sở Tài chính", "STC",
        Set.of(Role.MANAGER));
    for (Account account : List.of(province, unit)) {
      organisation.addAccount(account);
      identities.provision(account, TestEmployees.PASSWORD);
    }
    assertThat(authorizations.isUserAuthorized(province.username(), groups.groupIds(province.username()),
        Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isTrue();
    assertThat(authorizations.isUserAuthorized(unit.username(), groups.groupIds(unit.username()),
        Permissions.ACCESS, Resources.APPLICATION, "cockpit")).as("Cockpit cannot follow a unit subtree").isFalse();

    HttpResponse<String> all = send(unit.username(), "/engine-rest/process-instance?maxResults=50");
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(json.readTree(all.body()).size()).as("process instances readable by a unit manager").isZero();
    HttpResponse<String> schoolTasks = send(unit.username(), "/engine-rest/task?candidateGroup=focal-TH-HN");
    assertThat(json.readTree(schoolTasks.body()).size()).as("another unit's tasks").isZero();
  }

  @Test
  void declarationFormIsFilledWhenItsOwnerOpensItAndNotForAnotherEmployee() throws Exception {
    String owner = employees.recruit("STC-NS", "Lê Thị Mở Biểu", "Nữ", LocalDate.of(1990, 1, 2), "Viên chức");
    Task declaration = driver.currentTask(owner);
    String path = "/engine-rest/task/" + declaration.getId() + "/form-variables?deserializeValues=false";

    HttpResponse<String> refused = call(Actor.OTHER_EMPLOYEE, "GET", path, null);
    assertThat(refused.statusCode()).as(refused.body()).isIn(403, 404);
    assertNoLeak(refused.body(), Actor.OTHER_EMPLOYEE, null);
    assertThat(tasks.getVariablesLocal(declaration.getId())).as("a refused read fills nothing")
        .containsOnlyKeys("formPrefillPending");

    HttpResponse<String> opened = send(owner, path);
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
    JsonNode variables = json.readTree(opened.body());
    assertThat(variables.path("fullName").path("value").asText()).isEqualTo("Lê Thị Mở Biểu");
    assertThat(variables.path("placeOfBirth").path("type").asText()).isEqualTo("Json");
    assertThat(variables.has("formPrefillPending")).isFalse();
    assertThat(tasks.getVariablesLocal(declaration.getId())).containsKey("fullName")
        .doesNotContainKey("formPrefillPending");
  }

  private HttpResponse<String> send(String username, String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (username + ":" + TestEmployees.PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static long totalOf(JsonNode page) {
    for (String field : List.of("totalItems", "totalElements", "total")) {
      if (page.has(field)) {
        return page.path(field).asLong();
      }
      if (page.path("page").has(field)) {
        return page.path("page").path(field).asLong();
      }
    }
    throw new AssertionError("no paging total in " + page);
  }

  private void assertNoLeak(String body, Actor actor, Row row) {
    String where = row == null ? actor.toString() : actor + " " + row.method + " " + row.path;
    assertThat(body).as("leak to %s", where)
        .doesNotContain(fullName)
        .doesNotContain(recruitName)
        .doesNotContain("Hà Văn Phúc")
        .doesNotContain("Luong Thi Kim Oanh")
        .doesNotContain("1983-06-29")
        .doesNotContain("29/06/1983");
  }

  private String fill(String path) {
    return path.replace("{cccd}", cccd).replace("{attachment}", attachmentId)
        .replace("{batch}", "00000000-0000-0000-0000-000000000000").replace("{restructuring}", "khong-co")
        .replace("{unit}", "STC-NS").replace("{year}", "2026").replace("{recruitment}", recruitmentId).replace("{colleague}", colleague)
        .replace("{campaign}", campaignId)
        .replace("{transfer}", "00000000-0000-0000-0000-000000000000")
        .replace("{name}", URLEncoder.encode(fullName, StandardCharsets.UTF_8)).replace("{none}", "khong-co");
  }

  private HttpResponse<String> call(Actor actor, String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    String user = actor == Actor.OWNER ? cccd : actor.username;
    if (user != null) {
      String password = actor == Actor.OWNER ? TestEmployees.PASSWORD : demoPassword;
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    if (method.equals("POST") && (path.endsWith("/attachments") || path.equals("/api/recruitments")
        || path.equals("/api/transfers"))) {
      String boundary = "matrix" + System.nanoTime();
      request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
      byte[] parts = path.endsWith("/attachments") ? attachment(boundary)
          : path.equals("/api/transfers") ? transfer(boundary) : recruitment(boundary);
      request.method(method, HttpRequest.BodyPublishers.ofByteArray(parts));
    } else if (body != null) {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A recruitment into Phòng Quản lý ngân sách whose CCCD (a woman's, born 1998) contradicts the gender. */
  private byte[] recruitment(String boundary) throws IOException {
    String json = "{\"citizenId\":\"" + employees.newCccd("Nữ", LocalDate.of(1998, 6, 21)) + "\",\"fullName\":\"Mai Văn Toàn\","
        + "\"gender\":\"Nam\",\"dateOfBirth\":\"1998-06-21\",\"unitId\":\"STC-NS\","
        + "\"personnelCategory\":\"Công chức\",\"decisionNumber\":\"126/QĐ-STC\","
        + "\"decisionDate\":\"2027-01-02\",\"startDate\":\"2027-02-01\"}";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"recruitment\"\r\n"
        + "Content-Type: application/json\r\n\r\n" + json + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"decision\"; filename=\"qd.pdf\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.write(Recruitments.SCANNED_DECISION);
    out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** A transfer of the target to the unit it is already in (invalid once the caller is allowed). */
  private byte[] transfer(String boundary) throws IOException {
    String body = "{\"username\":\"" + cccd + "\",\"toUnitId\":\"STC-NS\",\"effectiveDate\":\"2026-12-01\","
        + "\"decisionNumber\":\"QĐ 45/QĐ-UBND\"}";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"transfer\"\r\n"
        + "Content-Type: application/json\r\n\r\n" + body + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"decision\"; filename=\"qd.pdf\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.write(Recruitments.SCANNED_DECISION);
    out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static byte[] attachment(String boundary) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("documentType", "Quyết định tuyển dụng");
    for (Map.Entry<String, String> field : fields.entrySet()) {
      out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
          + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"qd.pdf\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.write("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
    out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  record Row(String method, String path, String body, Map<Actor, Integer> expected) {}

  /** {@code "GET /path"} or {@code "PUT /path <json body>"}, then the nine status codes in column order. */
  static Row row(String request, String statuses) {
    String[] parts = request.trim().split(" ", 3);
    String[] codes = statuses.trim().split("\\s+");
    Actor[] actors = Actor.values();
    if (codes.length != actors.length) {
      throw new IllegalArgumentException(request + ": " + codes.length + " statuses for " + actors.length + " actors");
    }
    Map<Actor, Integer> expected = new EnumMap<>(Actor.class);
    for (int i = 0; i < actors.length; i++) {
      expected.put(actors[i], Integer.parseInt(codes[i]));
    }
    return new Row(parts[0], parts[1], parts.length > 2 ? parts[2] : null, expected);
  }
}
