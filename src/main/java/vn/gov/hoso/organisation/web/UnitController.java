package vn.gov.hoso.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.organisation.Account;
import vn.gov.hoso.organisation.DatedUnit;
import vn.gov.hoso.organisation.JobPosition;
import vn.gov.hoso.organisation.NewUnit;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.QuotaCategory;
import vn.gov.hoso.organisation.Rehoming;
import vn.gov.hoso.organisation.Restructuring;
import vn.gov.hoso.organisation.RestructuringOperation;
import vn.gov.hoso.organisation.RestructuringService;
import vn.gov.hoso.organisation.RestructuringView;
import vn.gov.hoso.organisation.Role;
import vn.gov.hoso.organisation.StaffingQuota;
import vn.gov.hoso.organisation.StaffingService;
import vn.gov.hoso.organisation.UnitEvent;
import vn.gov.hoso.organisation.UnitTier;

/**
 * The unit tree (any signed-in user; as of any day), a unit's officers and history, its quotas (read in scope, set by
 * the Sở Nội vụ administrator), restructurings (administrator) and the people who need a new unit (in scope).
 */
@RestController
@RequestMapping(path = "/api/units", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tổ chức", description = "Units over time, officers, staffing quotas, restructuring, re-homing")
class UnitController {

  private static final String UNIT = "{unitId:[A-Za-z0-9-]{1,40}}";

  private final OrganisationService organisation;
  private final StaffingService staffing;
  private final RestructuringService restructurings;

  UnitController(OrganisationService organisation, StaffingService staffing, RestructuringService restructurings) {
    this.organisation = organisation;
    this.staffing = staffing;
    this.restructurings = restructurings;
  }

  record UnitResponse(String id, String code, String name, @Nullable String parentId, String tier, String kind,
      String path, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {

    static UnitResponse of(DatedUnit d) {
      return new UnitResponse(d.id(), d.unit().code(), d.unit().name(), d.unit().parentId(), d.unit().tier().name(),
          d.unit().kind(), d.unit().path(), d.validFrom(), d.validTo());
    }
  }

  record Officer(String username, String displayName) {

    static Officer of(Account a) {
      return new Officer(a.username(), a.displayName());
    }
  }

  record UnitDetail(UnitResponse unit, List<Officer> heads, List<Officer> focalOfficers, List<UnitEvent> events) {}

  record PositionBody(@Nullable String code, @Nullable String name, @Nullable String category,
      @Nullable Integer headcount) {}

  record QuotaBody(@Nullable Integer civilServants, @Nullable Integer publicEmployees,
      @Nullable Integer contractWorkers, @Nullable String decisionNumber, @Nullable List<PositionBody> positions) {}

  record NewUnitBody(@Nullable String id, @Nullable String code, @Nullable String name, @Nullable String tier,
      @Nullable String kind) {}

  record RestructuringBody(@Nullable String operation, @Nullable List<String> unitIds, @Nullable String targetUnitId,
      @Nullable String newParentId, @Nullable String newName, @Nullable List<NewUnitBody> newUnits,
      @Nullable LocalDate effectiveDate, @Nullable String decisionNumber) {}

  @GetMapping
  @Operation(summary = "Cây đơn vị tại một ngày / The unit tree as of a day",
      description = "asOf: YYYY-MM-DD (default today); rootId: only that unit's subtree. Units alive that day, with "
          + "that day's names, parents and materialised paths, in path order.")
  List<UnitResponse> tree(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      @Nullable LocalDate asOf, @RequestParam(required = false) @Nullable String rootId) {
    return organisation.tree(asOf == null ? organisation.today() : asOf, rootId).stream().map(UnitResponse::of)
        .toList();
  }

  @GetMapping("/" + UNIT)
  @Operation(summary = "Đơn vị: thủ trưởng, đầu mối, lịch sử / A unit with its heads, focal officers and history")
  UnitDetail unit(@PathVariable String unitId) {
    DatedUnit unit = organisation.datedUnit(unitId)
        .orElseThrow(() -> new BusinessException("unitNotFound", ErrorKind.NOT_FOUND, unitId));
    List<Account> officers = organisation.officersOf(unitId);
    return new UnitDetail(UnitResponse.of(unit),
        officers.stream().filter(a -> a.hasRole(Role.UNIT_HEAD)).map(Officer::of).toList(),
        officers.stream().filter(a -> a.hasRole(Role.FOCAL_OFFICER)).map(Officer::of).toList(),
        organisation.events(unitId));
  }

  @GetMapping("/" + UNIT + "/quotas/{year:\\d{4}}")
  @Operation(summary = "Biên chế, số lượng người làm việc, hợp đồng, vị trí việc làm / Quotas of a unit (in scope)")
  StaffingQuota quota(@PathVariable String unitId, @PathVariable int year, Principal user) {
    return staffing.quota(unitId, year, user.getName())
        .orElseThrow(() -> new BusinessException("quotaNotFound", ErrorKind.NOT_FOUND, unitId, year));
  }

  @PutMapping(path = "/" + UNIT + "/quotas/{year:\\d{4}}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @AdministratorOnly
  @Operation(summary = "Giao biên chế / Set the quotas and job positions of a unit for a year (administrator)",
      description = "category of a position: CIVIL_SERVANT, PUBLIC_EMPLOYEE or CONTRACT_WORKER")
  StaffingQuota setQuota(@PathVariable String unitId, @PathVariable int year, @RequestBody QuotaBody body,
      Principal user) {
    List<JobPosition> positions = body.positions() == null ? List.of()
        : body.positions().stream().map(UnitController::position).toList();
    StaffingQuota quota;
    try {
      quota = new StaffingQuota(unitId, year, required(body.civilServants(), "civilServants"),
          required(body.publicEmployees(), "publicEmployees"), required(body.contractWorkers(), "contractWorkers"),
          body.decisionNumber(), positions);
    } catch (IllegalArgumentException e) {
      throw new BusinessException("quotaInvalid", ErrorKind.INVALID, unitId, year);
    }
    return staffing.set(quota, user.getName());
  }

  @PostMapping(path = "/restructurings", consumes = MediaType.APPLICATION_JSON_VALUE)
  @AdministratorOnly
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Quyết định sắp xếp đơn vị / Decide a restructuring (administrator)",
      description = "operation: MERGE (unitIds into targetUnitId), SPLIT (unitIds[0] into newUnits), DISSOLVE, "
          + "RENAME (newName), MOVE (under newParentId); effectiveDate: the day it takes effect (process "
          + "unit-restructuring applies it then); decisionNumber: the decision's number.")
  RestructuringView decide(@RequestBody RestructuringBody body, Principal user) {
    return restructurings.decide(restructuring(body), user.getName());
  }

  @GetMapping("/restructurings/{id}")
  @AdministratorOnly
  @Operation(summary = "Một quyết định sắp xếp / A restructuring and its status (administrator)")
  RestructuringView restructuring(@PathVariable String id) {
    return restructurings.restructuring(id)
        .orElseThrow(() -> new BusinessException("restructuringNotFound", ErrorKind.NOT_FOUND, id));
  }

  @GetMapping("/" + UNIT + "/people-to-rehome")
  @Operation(summary = "Người cần bố trí đơn vị mới / People of closed units in this subtree (in scope)",
      description = "status: OPEN (still need a unit, default), DONE (history), ALL")
  List<Rehoming> peopleToRehome(@PathVariable String unitId, @RequestParam(defaultValue = "OPEN") String status,
      Principal user) {
    String wanted = status.strip().toUpperCase(Locale.ROOT);
    if (!List.of(Rehoming.OPEN, Rehoming.DONE, "ALL").contains(wanted)) {
      throw new BusinessException("badParameter", ErrorKind.INVALID, "status", status);
    }
    return restructurings.rehomings(unitId, "ALL".equals(wanted) ? null : wanted, user.getName());
  }

  @GetMapping("/people-in-closed-units")
  @AdministratorOnly
  @Operation(summary = "Tài khoản còn ở đơn vị đã đóng / Accounts still in a closed unit (administrator)",
      description = "Empty once every re-homing is done: nobody is left without a unit.")
  List<Officer> peopleInClosedUnits() {
    return organisation.accountsInClosedUnits().stream().map(Officer::of).toList();
  }

  private static Restructuring restructuring(RestructuringBody body) {
    try {
      RestructuringOperation operation =
          RestructuringOperation.valueOf(required(body.operation(), "operation").strip().toUpperCase(Locale.ROOT));
      List<NewUnit> newUnits = body.newUnits() == null ? List.of()
          : body.newUnits().stream().map(n -> new NewUnit(required(n.id(), "id"), required(n.code(), "code"),
              required(n.name(), "name"), null, UnitTier.valueOf(required(n.tier(), "tier")),
              required(n.kind(), "kind"))).toList();
      return new Restructuring(operation, body.unitIds() == null ? List.of() : body.unitIds(), body.targetUnitId(),
          body.newParentId(), body.newName(), newUnits, required(body.effectiveDate(), "effectiveDate"),
          required(body.decisionNumber(), "decisionNumber"));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new BusinessException("restructuringInvalid", ErrorKind.INVALID, String.valueOf(e.getMessage()));
    }
  }

  private static JobPosition position(PositionBody p) {
    try {
      return new JobPosition(required(p.code(), "code"), required(p.name(), "name"),
          QuotaCategory.valueOf(required(p.category(), "category")), required(p.headcount(), "headcount"));
    } catch (IllegalArgumentException e) {
      throw new BusinessException("badParameter", ErrorKind.INVALID, "positions", String.valueOf(p.code()));
    }
  }

  private static <T> T required(@Nullable T value, String name) {
    if (value == null) {
      throw new BusinessException("missingParameter", ErrorKind.INVALID, name);
    }
    return value;
  }
}
