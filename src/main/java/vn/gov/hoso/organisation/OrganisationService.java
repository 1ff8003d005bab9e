package vn.gov.hoso.organisation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.common.TimeConfiguration;
import vn.gov.hoso.organisation.internal.AccountEntity;
import vn.gov.hoso.organisation.internal.AccountRepository;
import vn.gov.hoso.organisation.internal.OrganisationStore;
import vn.gov.hoso.organisation.internal.UnitEntity;
import vn.gov.hoso.organisation.internal.UnitRepository;

/** Facade of the organisation module. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

  private final UnitRepository units;
  private final AccountRepository accounts;
  private final OrganisationStore store;
  private final Clock clock;

  public OrganisationService(UnitRepository units, AccountRepository accounts, OrganisationStore store, Clock clock) {
    this.units = units;
    this.accounts = accounts;
    this.store = store;
    this.clock = clock;
  }

  /** Today in Vietnam on the application clock (the demo clock moves it). */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(TimeConfiguration.VIETNAM));
  }

  /**
   * The tree as it was (or will be) on {@code day}: units alive that day, with that day's names, parents and paths,
   * in path order. Built from one read of the units and one of the later events.
   *
   * @param rootId when given, only that unit's subtree (as of the day); empty when the unit did not exist then
   */
  public List<DatedUnit> tree(LocalDate day, @Nullable String rootId) {
    List<DatedUnit> current = units.findAllByOrderByUnitPath().stream().map(UnitEntity::toDatedUnit).toList();
    List<DatedUnit> then = UnitTimeline.asOf(current, store.eventsAfter(day), day);
    if (rootId == null) {
      return then;
    }
    return then.stream().filter(u -> u.id().equals(rootId)).findFirst()
        .map(root -> then.stream().filter(u -> u.unit().path().startsWith(root.unit().path())).toList())
        .orElse(List.of());
  }

  /** The unit's subtree as stored today (closed units included, with their dates), in path order: one query. */
  public List<DatedUnit> subtree(String unitId) {
    return unit(unitId).map(u -> units.findSubtree(u.path()).stream().map(UnitEntity::toDatedUnit).toList())
        .orElse(List.of());
  }

  /** The accounts of these usernames that exist (one query). */
  public List<Account> accounts(Collection<String> usernames) {
    return accounts.findAllById(usernames).stream().map(OrganisationService::toAccount).toList();
  }

  public Optional<DatedUnit> datedUnit(String id) {
    return units.findById(id).map(UnitEntity::toDatedUnit);
  }

  /** Whether the unit exists today (known and not closed). */
  public boolean isOpen(String unitId) {
    LocalDate today = today();
    return datedUnit(unitId).map(u -> u.existsOn(today)).orElse(false);
  }

  /** The unit's history: created, renamed, moved, merged, split, dissolved, oldest first. */
  public List<UnitEvent> events(String unitId) {
    return store.eventsOf(unitId);
  }

  /** Heads and focal officers of the unit itself (accounts of the unit with role unit-head or focal-officer). */
  public List<Account> officersOf(String unitId) {
    return accounts.findByUnitIdOrderByUsername(unitId).stream().map(OrganisationService::toAccount)
        .filter(a -> a.hasRole(Role.UNIT_HEAD) || a.hasRole(Role.FOCAL_OFFICER)).toList();
  }

  /** Every account of a subtree, in one query on the materialised path. */
  public List<Account> accountsInSubtree(String unitId) {
    return unit(unitId).map(u -> accounts.findInSubtree(u.path()).stream().map(OrganisationService::toAccount)
        .toList()).orElse(List.of());
  }

  /** Accounts still attached to a unit that is closed today: after every re-homing is done, nobody. */
  public List<Account> accountsInClosedUnits() {
    return accounts.findInClosedUnits(today()).stream().map(OrganisationService::toAccount).toList();
  }

  /**
   * For reads limited to the caller's data scope: the unit must lie in the subtree the caller may read.
   *
   * @throws BusinessException {@code unitNotFound} (404), {@code unitOutOfScope} (403)
   */
  public Unit requireInScope(String username, String unitId) {
    Unit unit = unit(unitId).orElseThrow(() -> new BusinessException("unitNotFound", ErrorKind.NOT_FOUND, unitId));
    if (scopeOf(username).subtree().filter(path -> unit.path().startsWith(path)).isEmpty()) {
      throw new BusinessException("unitOutOfScope", ErrorKind.FORBIDDEN, unitId);
    }
    return unit;
  }

  public Optional<Unit> unit(String id) {
    return units.findById(id).map(UnitEntity::toUnit);
  }

  public List<Unit> units() {
    return units.findAllByOrderByUnitPath().stream().map(UnitEntity::toUnit).toList();
  }

  /** The unit and its ancestors, nearest first (read in one query from the unit's materialised path). */
  public List<Unit> selfAndAncestors(String unitId) {
    Optional<Unit> unit = unit(unitId);
    if (unit.isEmpty()) {
      return List.of();
    }
    List<String> rootFirst = Arrays.stream(unit.get().path().split("/")).filter(id -> !id.isEmpty()).toList();
    Map<String, Unit> byId = units.findAllById(rootFirst).stream().map(UnitEntity::toUnit)
        .collect(Collectors.toMap(Unit::id, Function.identity()));
    List<Unit> chain = new ArrayList<>();
    for (int i = rootFirst.size() - 1; i >= 0; i--) {
      Unit u = byId.get(rootFirst.get(i));
      if (u != null) {
        chain.add(u);
      }
    }
    return chain;
  }

  public boolean isSameOrAncestor(String ancestorId, String unitId) {
    Optional<Unit> ancestor = unit(ancestorId);
    Optional<Unit> unit = unit(unitId);
    return ancestor.isPresent() && unit.isPresent() && ancestor.get().contains(unit.get());
  }

  public boolean exists(String unitId) {
    return units.existsById(unitId);
  }

  @Transactional
  public Unit addUnit(NewUnit command) {
    if (units.existsById(command.id())) {
      throw new IllegalStateException("unit " + command.id() + " exists");
    }
    String parentPath = "/";
    if (command.parentId() != null) {
      parentPath = units.findById(command.parentId())
          .orElseThrow(() -> new IllegalArgumentException("unknown parent unit " + command.parentId()))
          .getUnitPath();
    }
    UnitEntity entity = new UnitEntity(command.id(), command.code(), command.name(), command.parentId(),
        command.tier().name(), command.kind(), parentPath + command.id() + "/");
    return units.save(entity).toUnit();
  }

  public Optional<Account> account(String username) {
    return accounts.findById(username).map(OrganisationService::toAccount);
  }

  /** Whether the user is a Sở Nội vụ administrator (role {@link Role#SNV_ADMIN}); unknown users are not. */
  public boolean isAdministrator(String username) {
    return account(username).map(a -> a.hasRole(Role.SNV_ADMIN)).orElse(false);
  }

  /**
   * Whether {@code actor} may act for {@code unitId} as an officer: an active Sở Nội vụ administrator, or an active
   * focal officer of the unit or a unit above it.
   */
  public boolean isFocalOfficerOrAdministratorFor(String actor, String unitId) {
    if (isAdministrator(actor) && isActive(actor)) {
      return true;
    }
    return account(actor)
        .filter(a -> a.hasRole(Role.FOCAL_OFFICER))
        .filter(a -> isActive(actor))
        .filter(a -> isSameOrAncestor(a.unitId(), unitId))
        .isPresent();
  }

  /**
   * For functions of the Sở Nội vụ administrator only.
   *
   * @throws BusinessException {@code administratorOnly} (403) unless {@link #isAdministrator}
   */
  public void requireAdministrator(String username) {
    if (!isAdministrator(username)) {
      throw new BusinessException("administratorOnly", ErrorKind.FORBIDDEN);
    }
  }

  public List<Account> accounts() {
    return accounts.findAll().stream().map(OrganisationService::toAccount).toList();
  }

  @Transactional
  public Account addAccount(Account account) {
    if (!units.existsById(account.unitId())) {
      throw new IllegalArgumentException("unknown unit " + account.unitId());
    }
    String roles = account.roles().stream().map(Role::id).sorted().collect(Collectors.joining(","));
    accounts.save(new AccountEntity(account.username(), account.displayName(), account.unitId(), roles));
    return account;
  }

  /** Whether the account exists and has not been disabled. */
  public boolean isActive(String username) {
    return accounts.findById(username).map(a -> !a.isDisabled()).orElse(false);
  }

  /**
   * Disables the account (exit, dismissal, handover): it keeps its history but reads nothing any more.
   *
   * @throws BusinessException {@code accountNotFound} (404)
   */
  @Transactional
  public void disableAccount(String username, String reason, Instant at) {
    AccountEntity entity = accounts.findById(username)
        .orElseThrow(() -> new BusinessException("accountNotFound", ErrorKind.NOT_FOUND, username));
    if (!entity.isDisabled()) {
      entity.disable(at, reason);
    }
  }

  /**
   * The data scope of a user: Sở Nội vụ roles see the whole province, officers their unit's subtree, everyone else
   * their own dossier only. Unknown users get the own-dossier scope (which matches nothing but their own id).
   */
  public AccessScope scopeOf(String username) {
    Optional<Account> account = account(username);
    if (account.isEmpty()) {
      return AccessScope.ownDossierOnly(username);
    }
    Account a = account.get();
    if (!isActive(username)) {
      return AccessScope.ownDossierOnly(username);
    }
    if (a.roles().stream().anyMatch(Role::isProvinceWide)) {
      return new AccessScope(username, "/");
    }
    if (a.roles().stream().anyMatch(Role::readsUnitSubtree)) {
      return new AccessScope(username, unit(a.unitId()).map(Unit::path).orElse(null));
    }
    return AccessScope.ownDossierOnly(username);
  }

  static Account toAccount(AccountEntity e) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Arrays.stream(e.getRoles().split(",")).map(Role::fromId).flatMap(Optional::stream).forEach(roles::add);
    return new Account(e.getUsername(), e.getDisplayName(), e.getUnitId(), roles);
  }
}
